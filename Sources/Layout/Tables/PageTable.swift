import PageModel

/// A table as found on one page, before tables continued across pages are joined.
package struct PageTable: Sendable, Hashable {
    package var page: Int
    /// The grid's outer box.
    package var box: Rect
    /// Row boundaries, top to bottom (rowCount + 1 values), in the table's own frame (see
    /// `rotation`).
    package var rowEdges: [Double]
    /// Column boundaries, left to right (columnCount + 1 values).
    package var columnEdges: [Double]
    /// One entry per (merged) cell; the positions a merged cell covers have none of their own.
    package var cells: [TableCell]
    /// How many leading rows are header rows.
    package var headerRowCount: Int
    package var detection: TableDetection
    /// Degrees clockwise the table is turned on the page (a wide table printed sideways reads
    /// downward at 90, upward at 270); its edges are in that turned frame, its boxes on the page.
    package var rotation: Int = 0
    package var caption: TableCaption
    /// Everything that belongs to the table on this page: grid, caption and notes. Text inside
    /// it is not body text.
    package var extent: Rect
    /// A single ruled row: a table only where it continues one across a page break (the last
    /// row of a table pushed onto the next page, or a header left at the bottom of the page).
    package var isFragment: Bool { rowCount == 1 }

    package init(
        page: Int, box: Rect, rowEdges: [Double], columnEdges: [Double],
        cells: [TableCell], headerRowCount: Int, detection: TableDetection,
        caption: TableCaption = TableCaption(), extent: Rect? = nil
    ) {
        self.page = page
        self.box = box
        self.rowEdges = rowEdges
        self.columnEdges = columnEdges
        self.cells = cells
        self.headerRowCount = headerRowCount
        self.detection = detection
        self.caption = caption
        self.extent = extent ?? box
    }

    package var rowCount: Int { max(rowEdges.count - 1, 0) }
    package var columnCount: Int { max(columnEdges.count - 1, 0) }
}
