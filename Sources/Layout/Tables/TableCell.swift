import PageModel

/// One cell of a table grid: a half-open range of rows and of columns (a merged cell covers
/// several), its text and its box on the page.
package struct TableCell: Sendable, Hashable {
    package var rows: Range<Int>
    package var columns: Range<Int>
    /// Lines joined without a space between CJK characters, with one between Latin words.
    package var text: String
    package var box: Rect
    /// A table is drawn inside the cell (found as a table of its own).
    package var holdsTable: Bool

    package init(rows: Range<Int>, columns: Range<Int>, text: String, box: Rect, holdsTable: Bool = false) {
        self.rows = rows
        self.columns = columns
        self.text = text
        self.box = box
        self.holdsTable = holdsTable
    }

    package var rowSpan: Int { rows.count }
    package var columnSpan: Int { columns.count }
}
