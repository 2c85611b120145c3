/// A logical table: one grid, joined across the pages it runs over.
public struct Table: Codable, Sendable, Equatable {
    public var id: String
    @Nullable public var title: String?
    /// The standard annex table it is ("final.summary" for 收入支出决算总表 …), or nil.
    @Nullable public var kind: String?
    public var pages: [Int]
    public var nRows: Int
    public var nCols: Int
    /// How many leading rows are header rows.
    public var headerRows: Int
    /// How the grid was found: "ruled", "partially_ruled", "shaded" or "text_alignment".
    public var detection: String
    @Nullable public var formCode: String?
    @Nullable public var unit: String?
    @Nullable public var organization: String?
    public var notes: [String]
    /// The page each row was printed on.
    public var rowPages: [Int]
    public var cells: [Cell]
    /// The evidence that built the grid: "ruled", "partly_ruled", "shaded" or "text".
    public var how: String? = nil
    /// Degrees clockwise the table is turned on the page, when it is printed sideways.
    public var rotation: Int? = nil

    enum CodingKeys: String, CodingKey {
        case id, title, kind, pages, detection, unit, organization, notes, cells, how, rotation
        case nRows = "n_rows"
        case nCols = "n_cols"
        case headerRows = "header_rows"
        case formCode = "form_code"
        case rowPages = "row_pages"
    }

}

public struct Cell: Codable, Sendable, Equatable {
    public var row: Int
    public var col: Int
    public var rowSpan: Int
    public var colSpan: Int
    public var text: String
    /// The page the cell's first row is on, and its box there.
    public var page: Int
    public var bbox: [Double]
    /// True when a table is drawn inside the cell (reported as a table of its own).
    public var holdsTable: Bool? = nil

    enum CodingKeys: String, CodingKey {
        case row, col, text, page, bbox
        case holdsTable = "holds_table"
        case rowSpan = "row_span"
        case colSpan = "col_span"
    }
}
