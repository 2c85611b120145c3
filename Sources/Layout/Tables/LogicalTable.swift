/// A table as the reader sees it: one grid, joined across the pages it runs over.
package struct LogicalTable: Sendable, Hashable {
    /// Every page the table occupies, in order.
    package var pages: [Int]
    package var rowCount: Int
    package var columnCount: Int
    package var cells: [TableCell]
    /// The page each row was printed on (rowCount entries).
    package var rowPages: [Int]
    package var headerRowCount: Int
    package var detection: TableDetection
    package var caption: TableCaption
    /// The page-level pieces it was joined from, in order.
    package var parts: [PageTable]
    /// Everything printed that belongs to the table, page by page: each part's extent, plus notes
    /// that ran over onto the page after the grid ended. Text inside is not body text.
    package var extents: [PageRegion]

    /// Degrees clockwise the table is turned on its pages (0 when upright).
    package var rotation: Int { parts.first?.rotation ?? 0 }

    package init(
        pages: [Int], rowCount: Int, columnCount: Int, cells: [TableCell],
        rowPages: [Int], headerRowCount: Int, detection: TableDetection,
        caption: TableCaption, parts: [PageTable], extents: [PageRegion]? = nil
    ) {
        self.pages = pages
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.cells = cells
        self.rowPages = rowPages
        self.headerRowCount = headerRowCount
        self.detection = detection
        self.caption = caption
        self.parts = parts
        self.extents = extents ?? parts.map { PageRegion(page: $0.page, box: $0.extent) }
    }
}
