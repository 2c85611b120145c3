import Foundation

/// One amount of an annex table: a body row crossed with an amount column.
public struct LineItem: Sendable, Hashable {
    /// Index of the table in the document's tables.
    public var table: Int
    public var row: Int
    public var column: Int
    public var page: Int
    /// Budget subject code (201, 20105, 2010550), from one code column or split 类/款/项 columns.
    public var code: String?
    /// 1 for 类 (3 digits), 2 for 款 (5), 3 for 项 (7).
    public var level: Int?
    /// The code of the level above.
    public var parent: String?
    /// The row's label (subject name or item).
    public var name: String
    /// The column's header path, top to bottom ("本年支出/基本支出").
    public var columnPath: [String]
    public var amount: AmountText
    /// The cell as printed.
    public var text: String
    /// 万元 or 元, from the table's unit line.
    public var unit: String?
}
