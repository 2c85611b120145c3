import Layout

/// Cell lookup by grid position: each position answers the (merged) cell covering it, with its
/// text (white space removed) and its reading as an amount, worked out once per table.
struct TableGrid {
    let table: LogicalTable
    private let cellAt: [[Int?]]
    private let texts: [String]
    private let amounts: [AmountText?]

    init(_ table: LogicalTable) {
        self.table = table
        var cellAt = [[Int?]](repeating: [Int?](repeating: nil, count: table.columnCount),
                              count: table.rowCount)
        for (index, cell) in table.cells.enumerated() {
            for row in cell.rows where row < table.rowCount {
                for column in cell.columns where column < table.columnCount {
                    cellAt[row][column] = index
                }
            }
        }
        self.cellAt = cellAt
        texts = table.cells.map { $0.text.filter { !$0.isWhitespace } }
        amounts = texts.map(AmountText.init)
    }

    func cell(_ row: Int, _ column: Int) -> TableCell? {
        cellAt[row][column].map { table.cells[$0] }
    }

    /// The index of the cell whose top-left corner is at the position: a merged cell answers
    /// only there, so a value is never counted twice.
    private func owner(_ row: Int, _ column: Int) -> Int? {
        guard let index = cellAt[row][column] else { return nil }
        let cell = table.cells[index]
        return cell.rows.lowerBound == row && cell.columns.lowerBound == column ? index : nil
    }

    /// The text at a position, empty where a merged cell only passes over it.
    func ownText(_ row: Int, _ column: Int) -> String {
        owner(row, column).map { texts[$0] } ?? ""
    }

    /// The amount at a position (blank where a merged cell passes over it); nil for a text that
    /// is not an amount.
    func amount(_ row: Int, _ column: Int) -> AmountText? {
        owner(row, column).map { amounts[$0] } ?? .blank
    }

    /// The text covering a position, whichever corner.
    func text(_ row: Int, _ column: Int) -> String {
        cellAt[row][column].map { texts[$0] } ?? ""
    }
}
