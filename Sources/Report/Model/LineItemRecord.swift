import Foundation

/// One amount of a standard annex table, ready for a warehouse.
public struct LineItemRecord: Codable, Sendable, Equatable {
    /// Id of the table it comes from.
    public var table: String
    public var row: Int
    public var col: Int
    public var page: Int
    public var code: String?
    /// 1 类, 2 款, 3 项.
    public var level: Int?
    public var parent: String?
    public var name: String
    /// The column's header path, top to bottom.
    public var column: [String]
    /// The amount as a decimal number; null when the cell is blank or a dash.
    public var amount: Decimal?
    /// "amount", "blank" or "dash": a printed 0.00 is an amount, a blank or "-" is not.
    public var status: String
    public var text: String
    public var unit: String?

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(table, forKey: .table)
        try c.encode(row, forKey: .row)
        try c.encode(col, forKey: .col)
        try c.encode(page, forKey: .page)
        try c.encode(code, forKey: .code)
        try c.encode(level, forKey: .level)
        try c.encode(parent, forKey: .parent)
        try c.encode(name, forKey: .name)
        try c.encode(column, forKey: .column)
        try c.encode(amount, forKey: .amount)
        try c.encode(status, forKey: .status)
        try c.encode(text, forKey: .text)
        try c.encode(unit, forKey: .unit)
    }
}
