import Foundation

/// One amount of a standard annex table, ready for a warehouse.
public struct LineItemRecord: Codable, Sendable, Equatable {
    /// Id of the table it comes from.
    public var table: String
    public var row: Int
    public var col: Int
    public var page: Int
    @Nullable public var code: String?
    /// 1 类, 2 款, 3 项.
    @Nullable public var level: Int?
    @Nullable public var parent: String?
    public var name: String
    /// The column's header path, top to bottom.
    public var column: [String]
    /// The amount as a decimal number; null when the cell is blank or a dash.
    @Nullable public var amount: Double?
    /// "amount", "blank" or "dash": a printed 0.00 is an amount, a blank or "-" is not.
    public var status: String
    public var text: String
    @Nullable public var unit: String?

}
