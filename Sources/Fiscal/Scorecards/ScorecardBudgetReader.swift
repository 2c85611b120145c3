/// Reads a form's budget block above the indicators, printed in one of two ways:
/// - a column header (年初预算 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分) over lines
///   labelled 年度资金总额, 其中：财政拨款, 其他资金 …;
/// - label–value pairs (预算数： | 22.8万 | 执行数： | 21.24万) on the first line, the other
///   lines labelled in the first label's column.
struct ScorecardBudgetReader {
    let grid: TableGrid

    /// A kind of value and the column it is read from.
    struct Field: Sendable, Hashable {
        var kind: BudgetColumn
        var column: Int
    }

    /// A header row names at least two kinds of value (预算数 and 执行数).
    static let minimumValueColumns = 2

    /// The block and the rows it took, or nil when `rows` hold no budget header.
    func read(rows: Range<Int>) -> (budget: ScorecardBudget, rows: Set<Int>)? {
        for row in rows {
            let headers = classifyHeaders(inRow: row)
            guard headers.count >= Self.minimumValueColumns else { continue }
            if let pairs = pairedFields(headers, row: row) {
                let labelsBefore = pairs.firstLabel + 1
                let end = blockEnd(headerRow: row, labelsBefore: labelsBefore, limit: rows.upperBound)
                return readLines(
                    rows: row..<end, fields: pairs.values, labelsBefore: labelsBefore,
                    headerRow: row, used: [])
            }
            // A header over the lines' labels (年度预算数（万元）) names no value.
            let labelsEnd = firstLabelEnd(line: row + 1, headerRow: row)
            let fields = headers.filter { $0.column >= labelsEnd }
            guard fields.count >= Self.minimumValueColumns, let firstValue = fields.map(\.column).min()
            else { continue }
            let end = blockEnd(headerRow: row, labelsBefore: firstValue, limit: rows.upperBound)
            return readLines(
                rows: (row + 1)..<end, fields: fields, labelsBefore: firstValue,
                headerRow: row, used: [row])
        }
        return nil
    }

    /// The value headers of a row, left to right.
    func classifyHeaders(inRow row: Int) -> [Field] {
        grid.cells(inRow: row).compactMap { _, cell in
            ScorecardVocabulary.matchHeader(cell.text, in: ScorecardVocabulary.budgetColumns)
                .map { Field(kind: $0, column: cell.columns.lowerBound) }
        }
    }

    /// The column after the first line's label: the first text in it, not counting a label that
    /// spans the whole block.
    func firstLabelEnd(line: Int, headerRow: Int) -> Int {
        guard line < grid.rowCount else { return 0 }
        for (_, cell) in grid.cells(inRow: line) {
            if cell.rows.count > 1, cell.rows.lowerBound <= headerRow { continue }
            if ScorecardVocabulary.value(cell.text) != nil { return cell.columns.upperBound }
        }
        return 0
    }

    /// 预算数： | 22.8万 | 执行数： | 21.24万: headers ending in a colon, each value in the cell
    /// right of its label.
    func pairedFields(_ headers: [Field], row: Int) -> (values: [Field], firstLabel: Int)? {
        let labelled = headers.filter { field in
            let text = ScorecardVocabulary.compact(grid.text(row, field.column))
            return text.last.map(ScorecardVocabulary.labelSeparators.contains) ?? false
        }
        guard labelled.count >= Self.minimumValueColumns, let first = labelled.first else { return nil }
        let values = labelled.compactMap { field -> Field? in
            guard let label = grid.cell(row, field.column) else { return nil }
            let next = label.columns.upperBound
            return next < grid.columnCount ? Field(kind: field.kind, column: next) : nil
        }
        return (values, first.column)
    }

    /// The block ends with the label cell it sits beside (项目资金（万元） spanning its lines) or,
    /// without one, at the first row whose label is not a budget line's.
    func blockEnd(headerRow: Int, labelsBefore: Int, limit: Int) -> Int {
        if let section = grid.cell(headerRow, 0), section.rows.lowerBound == headerRow,
            section.rows.count > 1
        {
            return min(section.rows.upperBound, limit)
        }
        var row = headerRow + 1
        while row < limit, let (label, _) = lineLabel(row: row, before: labelsBefore, headerRow: headerRow),
            ScorecardVocabulary.budgetLineWords.contains(where: ScorecardVocabulary.compact(label).contains)
        {
            row += 1
        }
        return row
    }

    func readLines(
        rows: Range<Int>, fields: [Field], labelsBefore: Int, headerRow: Int,
        used: Set<Int>
    ) -> (budget: ScorecardBudget, rows: Set<Int>) {
        var budget = ScorecardBudget()
        var used = used
        for row in rows {
            used.insert(row)
            guard let (label, labelCell) = lineLabel(row: row, before: labelsBefore, headerRow: headerRow)
            else { continue }
            var line = ScorecardBudgetLine(row: row, label: label)
            for field in fields {
                guard let index = grid.cellIndex(row, field.column), index != labelCell,
                    let text = ScorecardVocabulary.value(grid.table.cells[index].text)
                else { continue }
                assign(text, to: field.kind, of: &line)
            }
            budget.lines.append(line)
        }
        if let scored = budget.lines.first(where: { $0.weight != nil || $0.score != nil }) {
            budget.weight = scored.weight
            budget.score = scored.score
            budget.scoreRow = scored.row
        }
        return (budget, used)
    }

    func assign(_ text: String, to kind: BudgetColumn, of line: inout ScorecardBudgetLine) {
        switch kind {
        case .initial: line.initial = text
        case .budget: line.budget = text
        case .executed: line.executed = text
        case .rate: line.rate = text
        case .weight: line.weight = ScorePoints.parse(text)
        case .score: line.score = ScorePoints.parse(text)
        case .note: line.note = text
        }
    }

    /// A line's label and its cell: the last text left of column `before`, not counting a
    /// label that spans the whole block (项目资金（万元）), without a trailing colon.
    func lineLabel(row: Int, before column: Int, headerRow: Int) -> (String, Int)? {
        var label: (String, Int)?
        for (index, cell) in grid.cells(inRow: row) where cell.columns.lowerBound < column {
            if cell.rows.count > 1, cell.rows.lowerBound <= headerRow { continue }
            if let text = ScorecardVocabulary.value(cell.text) { label = (text, index) }
        }
        return label.map { (ScorecardVocabulary.removeTrailingSeparator($0.0), $0.1) }
    }
}
