import Foundation

/// One amount of an annex table: a body row crossed with an amount column.
package struct LineItem: Sendable, Hashable {
    /// Index of the table in the document's tables.
    package var table: Int
    package var row: Int
    package var column: Int
    package var page: Int
    /// Budget subject code (201, 20105, 2010550), from one code column or split 类/款/项 columns.
    package var code: String?
    /// 1 for 类 (3 digits), 2 for 款 (5), 3 for 项 (7).
    package var level: Int?
    /// The code of the level above.
    package var parent: String?
    /// The row's label (subject name or item).
    package var name: String
    /// The column's header path, top to bottom ("本年支出/基本支出").
    package var columnPath: [String]
    package var amount: AmountText
    /// The cell as printed.
    package var text: String
    /// 万元 or 元, from the table's unit line.
    package var unit: String?
}
