/// Where a form's indicator columns are, read from its header row
/// (一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析).
struct IndicatorColumns: Sendable, Hashable {
    var headerRow: Int
    /// The first column of each header found.
    var columns: [IndicatorColumn: Int]
    /// The rows of a label cell printed left of the indicator columns (绩效指标,
    /// 年度绩效指标完成情况): the indicator block cannot run past it.
    var sectionRows: Range<Int>?

    /// The header row of a self-evaluation form: one that names the indicator (三级指标), its
    /// target and its achieved value. A target form without achieved values (绩效目标表) and
    /// every annex table have none.
    static func find(in grid: TableGrid) -> IndicatorColumns? {
        // Every indicator header names 指标; most tables (the annexes) never print it.
        guard grid.table.cells.contains(where: { $0.text.includes("指标") }) else { return nil }
        for row in 0..<grid.rowCount {
            let columns = classifyHeaders(inRow: row, of: grid)
            guard columns[.level3] != nil, columns[.target] != nil, columns[.actual] != nil else { continue }
            return IndicatorColumns(
                headerRow: row, columns: columns,
                sectionRows: sectionRows(headerRow: row, columns: columns, grid: grid))
        }
        return nil
    }

    /// Each header of a row, at the first column of the first cell naming it.
    static func classifyHeaders(inRow row: Int, of grid: TableGrid) -> [IndicatorColumn: Int] {
        var columns: [IndicatorColumn: Int] = [:]
        for (_, cell) in grid.cells(inRow: row) {
            guard let kind = ScorecardVocabulary.matchHeader(cell.text, in: ScorecardVocabulary.indicatorColumns),
                columns[kind] == nil
            else { continue }
            columns[kind] = cell.columns.lowerBound
        }
        return columns
    }

    /// The rows spanned by a cell left of the first indicator column that starts at the header
    /// row and runs below it.
    static func sectionRows(
        headerRow: Int, columns: [IndicatorColumn: Int],
        grid: TableGrid
    ) -> Range<Int>? {
        guard let first = columns.values.min(), first > 0,
            let label = grid.cell(headerRow, 0), label.columns.upperBound <= first,
            label.rows.lowerBound == headerRow, label.rows.count > 1
        else { return nil }
        return label.rows
    }

    subscript(_ kind: IndicatorColumn) -> Int? { columns[kind] }

    /// The columns that name an indicator's levels, left of its name.
    var levelColumns: [Int] { [columns[.level1], columns[.level2]].compactMap { $0 } }

    /// The value columns, left to right.
    var valueColumns: [(kind: IndicatorColumn, column: Int)] {
        let values: [IndicatorColumn] = [.comparison, .target, .unit, .actual, .weight, .score, .note]
        return values.compactMap { kind in columns[kind].map { (kind, $0) } }.sorted { $0.column < $1.column }
    }
}
