import Layout

/// Cell lookup by grid position: each position answers the (merged) cell covering it.
struct TableGrid {
    let table: LogicalTable
    private let cellAt: [[Int?]]

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
    }

    func cell(_ row: Int, _ column: Int) -> TableCell? {
        cellAt[row][column].map { table.cells[$0] }
    }

    /// The text at a position; a merged cell answers only at its top-left corner, so a value is
    /// never counted twice.
    func ownText(_ row: Int, _ column: Int) -> String {
        guard let cell = cell(row, column), cell.rows.lowerBound == row, cell.columns.lowerBound == column
        else { return "" }
        return cell.text.filter { !$0.isWhitespace }
    }

    /// The text covering a position, whichever corner.
    func text(_ row: Int, _ column: Int) -> String {
        cell(row, column)?.text.filter { !$0.isWhitespace } ?? ""
    }
}
