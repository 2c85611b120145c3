/// Something of an annex table the line items could not give a meaning to.
public struct AnnexProblem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A column whose cells read as amounts only in part, taken as labels: its amounts are
        /// not line items, and it opens a group of its own.
        case columnDemoted
        /// A cell of an amount column that does not read as an amount: left out of the line items.
        case cellUnread
        /// Columns with text below the header that no line item uses.
        case partlyRecognised
    }

    public var kind: Kind
    /// Index of the table in the document's tables.
    public var table: Int
    public var page: Int
    /// The body row of an unread cell.
    public var row: Int?
    /// The columns concerned, with their header paths.
    public var columns: [Int]
    public var columnPaths: [[String]]
    /// The texts that did not read: an unread cell's, or those that demoted a column.
    public var texts: [Text]

    /// A body cell's text, with its row.
    public struct Text: Sendable, Hashable {
        public var row: Int
        public var text: String
    }
}
