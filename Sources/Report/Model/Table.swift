/// A logical table: one grid, joined across the pages it runs over.
public struct Table: Codable, Sendable, Equatable {
    public var id: String
    public var title: String?
    /// The standard annex table it is ("final.summary" for 收入支出决算总表 …), or nil.
    public var kind: String?
    public var pages: [Int]
    public var nRows: Int
    public var nCols: Int
    /// How many leading rows are header rows.
    public var headerRows: Int
    /// How the grid was found: "ruled", "partially_ruled" or "text_alignment".
    public var detection: String
    public var formCode: String?
    public var unit: String?
    public var organization: String?
    public var notes: [String]
    /// The page each row was printed on.
    public var rowPages: [Int]
    public var cells: [Cell]

    enum CodingKeys: String, CodingKey {
        case id, title, kind, pages, detection, unit, organization, notes, cells
        case nRows = "n_rows"
        case nCols = "n_cols"
        case headerRows = "header_rows"
        case formCode = "form_code"
        case rowPages = "row_pages"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(kind, forKey: .kind)
        try c.encode(pages, forKey: .pages)
        try c.encode(nRows, forKey: .nRows)
        try c.encode(nCols, forKey: .nCols)
        try c.encode(headerRows, forKey: .headerRows)
        try c.encode(detection, forKey: .detection)
        try c.encode(formCode, forKey: .formCode)
        try c.encode(unit, forKey: .unit)
        try c.encode(organization, forKey: .organization)
        try c.encode(notes, forKey: .notes)
        try c.encode(rowPages, forKey: .rowPages)
        try c.encode(cells, forKey: .cells)
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

    enum CodingKeys: String, CodingKey {
        case row, col, text, page, bbox
        case rowSpan = "row_span"
        case colSpan = "col_span"
    }
}
