import PageModel

/// One cell of a table grid: a half-open range of rows and of columns (a merged cell covers
/// several), its text and its box on the page.
public struct TableCell: Sendable, Hashable {
    public var rows: Range<Int>
    public var columns: Range<Int>
    /// Lines joined without a space between CJK characters, with one between Latin words.
    public var text: String
    public var box: Rect
    /// A table is drawn inside the cell (found as a table of its own).
    public var holdsTable: Bool

    public init(rows: Range<Int>, columns: Range<Int>, text: String, box: Rect, holdsTable: Bool = false) {
        self.rows = rows
        self.columns = columns
        self.text = text
        self.box = box
        self.holdsTable = holdsTable
    }

    public var rowSpan: Int { rows.count }
    public var columnSpan: Int { columns.count }
}
