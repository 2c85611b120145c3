import Layout

/// A table walked by position: which (merged) cell covers each position, so a merged 一级指标
/// answers on every row it spans and two positions can be told apart from one cell; with each
/// cell's text (white space removed) and its reading as an amount, worked out once.
struct TableGrid: Sendable {
    let table: LogicalTable
    /// The index into `table.cells` of the cell covering each position, row by row.
    private let cellIndex: [[Int?]]
    private let plainTexts: [String]
    private let amounts: [AmountText?]

    init(_ table: LogicalTable) {
        self.table = table
        var cellIndex = [[Int?]](
            repeating: [Int?](repeating: nil, count: table.columnCount),
            count: table.rowCount)
        for (index, cell) in table.cells.enumerated() {
            for row in cell.rows.clamped(to: 0..<table.rowCount) {
                for column in cell.columns.clamped(to: 0..<table.columnCount) {
                    cellIndex[row][column] = index
                }
            }
        }
        self.cellIndex = cellIndex
        plainTexts = table.cells.map { $0.text.filter { !$0.isWhitespace } }
        amounts = plainTexts.map(AmountText.init)
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

    /// The index of the cell whose top-left corner is at a position: a merged cell answers only
    /// there, so a value is never counted twice.
    private func owner(_ row: Int, _ column: Int) -> Int? {
        guard let index = cellIndex(row, column) else { return nil }
        let cell = table.cells[index]
        return cell.rows.lowerBound == row && cell.columns.lowerBound == column ? index : nil
    }

    /// The text at a position without white space, empty where a merged cell only passes over.
    func ownText(_ row: Int, _ column: Int) -> String {
        owner(row, column).map { plainTexts[$0] } ?? ""
    }

    /// The text covering a position without white space, whichever corner.
    func plainText(_ row: Int, _ column: Int) -> String {
        cellIndex(row, column).map { plainTexts[$0] } ?? ""
    }

    /// The amount at a position (blank where a merged cell passes over it); nil for a text that
    /// is not an amount.
    func amount(_ row: Int, _ column: Int) -> AmountText? {
        owner(row, column).map { amounts[$0] } ?? .blank
    }
}
