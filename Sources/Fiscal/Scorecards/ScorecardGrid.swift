import Layout

/// A table as the scorecard reader walks it: which (merged) cell covers each position, so a
/// merged 一级指标 answers on every row it spans and two positions can be told apart from one
/// cell.
struct ScorecardGrid {
    let table: LogicalTable
    /// The index into `table.cells` of the cell covering each position, row by row.
    private let cellIndex: [[Int?]]

    init(_ table: LogicalTable) {
        self.table = table
        var cellIndex = [[Int?]](repeating: [Int?](repeating: nil, count: table.columnCount),
                                 count: table.rowCount)
        for (index, cell) in table.cells.enumerated() {
            for row in cell.rows.clamped(to: 0..<table.rowCount) {
                for column in cell.columns.clamped(to: 0..<table.columnCount) {
                    cellIndex[row][column] = index
                }
            }
        }
        self.cellIndex = cellIndex
    }

    var rowCount: Int { table.rowCount }
    var columnCount: Int { table.columnCount }

    /// The index of the cell covering a position; nil outside the grid or where no cell is.
    func cellIndex(_ row: Int, _ column: Int) -> Int? {
        guard (0..<rowCount).contains(row), (0..<columnCount).contains(column) else { return nil }
        return cellIndex[row][column]
    }

    func cell(_ row: Int, _ column: Int) -> TableCell? {
        cellIndex(row, column).map { table.cells[$0] }
    }

    /// The text covering a position as printed, "" where there is none.
    func text(_ row: Int, _ column: Int) -> String {
        cell(row, column)?.text ?? ""
    }

    /// The distinct cells of a row, left to right, each once however many columns it spans.
    func cells(inRow row: Int) -> [(index: Int, cell: TableCell)] {
        var seen = Set<Int>()
        return (0..<columnCount).compactMap { column in
            guard let index = cellIndex(row, column), seen.insert(index).inserted else { return nil }
            return (index, table.cells[index])
        }
    }

    /// The first non-empty cell right of `index` in `row`.
    func nextFilledCell(after index: Int, inRow row: Int) -> TableCell? {
        let start = table.cells[index].columns.upperBound
        var seen: Set<Int> = [index]
        for column in start..<max(start, columnCount) {
            guard let next = cellIndex(row, column), seen.insert(next).inserted else { continue }
            if !table.cells[next].text.allSatisfy(\.isWhitespace) { return table.cells[next] }
        }
        return nil
    }
}
