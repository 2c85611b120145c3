/// A printed total that does not equal the sum of its printed parts, beyond rounding.
public struct ArithmeticFailure: Sendable, Hashable {
    public enum Relation: String, Sendable {
        /// A 类 against its 款, a 款 against its 项.
        case hierarchy
        /// A 合计 row against the 类 rows of its group.
        case totalRow = "total_row"
        /// A 合计/小计 column against the columns it sums.
        case totalColumn = "total_column"
        /// 总计 on the two sides of a 总表.
        case sidesAgree = "sides_agree"
    }

    public var relation: Relation
    public var table: Int
    public var row: Int
    public var column: Int
    public var page: Int
    /// The row's label and code, and the column's header path, for the message.
    public var rowLabel: String
    public var columnPath: [String]
    public var printed: Double
    public var computed: Double
    public var tolerance: Double
    /// The most decimals printed among the figures, for showing the values as printed.
    public var decimals: Int
}
