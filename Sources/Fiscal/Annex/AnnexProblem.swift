/// Something of an annex table the line items could not give a meaning to.
package struct AnnexProblem: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        /// A column whose cells read as amounts only in part, taken as labels: its amounts are
        /// not line items, and it opens a group of its own.
        case columnDemoted
        /// A cell of an amount column that does not read as an amount: left out of the line items.
        case cellUnread
        /// Columns with text below the header that no line item uses.
        case partlyRecognised
    }

    package var kind: Kind
    /// Index of the table in the document's tables.
    package var table: Int
    package var page: Int
    /// The body row of an unread cell.
    package var row: Int?
    /// The columns concerned, with their header paths.
    package var columns: [Int]
    package var columnPaths: [[String]]
    /// The texts that did not read: an unread cell's, or those that demoted a column.
    package var texts: [Text]

    /// A body cell's text, with its row.
    package struct Text: Sendable, Hashable {
        package var row: Int
        package var text: String
    }
}
