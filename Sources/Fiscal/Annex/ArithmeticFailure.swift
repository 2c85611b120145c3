/// A printed total that does not equal the sum of its printed parts, beyond rounding.
package struct ArithmeticFailure: Sendable, Hashable {
    package enum Relation: String, Sendable {
        /// A 类 against its 款, a 款 against its 项.
        case hierarchy
        /// A 合计 row against the 类 rows of its group.
        case totalRow = "total_row"
        /// A 合计/小计 column against the columns it sums.
        case totalColumn = "total_column"
        /// 总计 on the two sides of a 总表.
        case sidesAgree = "sides_agree"
    }

    package var relation: Relation
    package var table: Int
    package var row: Int
    package var column: Int
    package var page: Int
    /// The row's label and code, and the column's header path, for the message.
    package var rowLabel: String
    package var columnPath: [String]
    package var printed: Double
    package var computed: Double
    package var tolerance: Double
    /// The most decimals printed among the figures, for showing the values as printed.
    package var decimals: Int
}
