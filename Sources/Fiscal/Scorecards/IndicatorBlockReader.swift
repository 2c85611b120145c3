import Foundation

/// Reads the rows under a form's indicator header: the indicators, with 一级/二级指标 carried
/// down from merged or blank cells, and the summary rows among them (预算执行率, 得分, 合计).
struct IndicatorBlockReader {
    /// What the indicator block holds.
    struct Block: Sendable, Hashable {
        var indicators: [ScorecardIndicator] = []
        var total: ScorecardTotal?
        /// The 预算执行率 row of forms that score the budget inside the indicator block.
        var budgetScore: ScorecardBudget?
        /// Every row read: the header, the indicators and the summary rows.
        var rows: Set<Int> = []
    }

    let grid: TableGrid
    let columns: IndicatorColumns

    func read() -> Block {
        var block = Block(rows: [columns.headerRow])
        var previous: ScorecardIndicator?
        for row in (columns.headerRow + 1)..<grid.rowCount {
            // Below a section label (绩效指标) only its total may follow.
            let inSection = columns.sectionRows?.contains(row) ?? true
            if inSection, var indicator = readIndicator(row: row) {
                carryDown(into: &indicator, from: previous)
                block.indicators.append(indicator)
                block.rows.insert(row)
                previous = indicator
                continue
            }
            // A row without a label (blank, or values only) is passed over inside the block.
            guard let (label, labelCell) = rowLabel(row: row) else {
                if inSection { continue } else { return block }
            }
            switch ScorecardVocabulary.match(label, in: ScorecardVocabulary.summaryRows) {
            case .budgetExecution? where inSection:
                block.budgetScore = readBudgetScore(row: row, labelCell: labelCell)
                block.rows.insert(row)
            case .total?:
                block.total = ScorecardTotal(
                    row: row, label: label,
                    weight: points(row: row, kind: .weight, besides: labelCell),
                    score: points(row: row, kind: .score, besides: labelCell))
                block.rows.insert(row)
                // A total under the indicators closes the block; one above them (得分 under the
                // header) opens it.
                if !block.indicators.isEmpty || !inSection { return block }
            default:
                // Anything else under the indicators (评价等级, 问题与建议) ends the block.
                if !block.indicators.isEmpty || !inSection { return block }
            }
        }
        return block
    }

    // MARK: Indicator rows

    /// An indicator row: a name under 三级指标 in a cell of its own, apart from the level cells.
    func readIndicator(row: Int) -> ScorecardIndicator? {
        guard let nameColumn = columns[.level3], let nameIndex = grid.cellIndex(row, nameColumn) else {
            return nil
        }
        let nameCell = grid.table.cells[nameIndex]
        guard !columns.levelColumns.contains(where: nameCell.columns.contains),
            let name = ScorecardVocabulary.value(nameCell.text),
            ScorecardVocabulary.match(name, in: ScorecardVocabulary.summaryRows) != .total || hasLevels(row: row)
        else { return nil }
        var used: Set<Int> = [nameIndex]
        var values: [IndicatorColumn: String] = [:]
        for (kind, column) in columns.valueColumns {
            // A cell already read for a column to its left (a target spanning the achieved value,
            // weight and score: 该指标已删除) answers only for that column.
            guard let index = grid.cellIndex(row, column), used.insert(index).inserted,
                let text = ScorecardVocabulary.value(grid.table.cells[index].text)
            else { continue }
            values[kind] = text
        }
        let split = IndicatorTarget(parsing: values[.target] ?? "")
        return ScorecardIndicator(
            row: row,
            level1: columns[.level1].flatMap { ScorecardVocabulary.value(grid.text(row, $0)) },
            level2: columns[.level2].flatMap { ScorecardVocabulary.value(grid.text(row, $0)) },
            level3: name,
            comparison: values[.comparison].flatMap(IndicatorOperator.init(printed:)) ?? split.comparison,
            target: split.value,
            unit: values[.unit] ?? split.unit,
            printedTarget: values[.target],
            actual: values[.actual],
            weight: values[.weight].flatMap(ScorePoints.parse),
            score: values[.score].flatMap(ScorePoints.parse),
            note: values[.note])
    }

    /// Whether the row's level cells hold text (a 合计 under 三级指标 beside 产出指标 is an indicator).
    func hasLevels(row: Int) -> Bool {
        columns.levelColumns.contains { ScorecardVocabulary.value(grid.text(row, $0)) != nil }
    }

    /// Levels left blank on rows after the first of a group are the ones above; a blank 二级指标
    /// is carried only within the same 一级指标.
    func carryDown(into indicator: inout ScorecardIndicator, from previous: ScorecardIndicator?) {
        guard let previous else { return }
        if columns[.level1] != nil, indicator.level1 == nil {
            indicator.level1 = previous.level1
        }
        if columns[.level2] != nil, indicator.level2 == nil, indicator.level1 == previous.level1 {
            indicator.level2 = previous.level2
        }
    }

    // MARK: Summary rows

    /// The first text of a row left of the value columns, and its cell.
    func rowLabel(row: Int) -> (String, Int)? {
        let firstValue = columns.valueColumns.first?.column ?? grid.columnCount
        for (index, cell) in grid.cells(inRow: row) where cell.columns.lowerBound < firstValue {
            // A section label spanning the block (绩效指标) names no single row.
            if let section = columns.sectionRows, cell.rows == section { continue }
            if let text = ScorecardVocabulary.value(cell.text) { return (text, index) }
        }
        return nil
    }

    /// 预算执行率（10分） | 100% | 100% | 10 | 10: the budget's target and achieved rate, weight
    /// and score.
    func readBudgetScore(row: Int, labelCell: Int) -> ScorecardBudget {
        ScorecardBudget(
            weight: points(row: row, kind: .weight, besides: labelCell),
            score: points(row: row, kind: .score, besides: labelCell),
            scoreRow: row,
            targetRate: text(row: row, kind: .target, besides: labelCell),
            actualRate: text(row: row, kind: .actual, besides: labelCell))
    }

    func text(row: Int, kind: IndicatorColumn, besides labelCell: Int) -> String? {
        guard let column = columns[kind], let index = grid.cellIndex(row, column), index != labelCell
        else { return nil }
        return ScorecardVocabulary.value(grid.table.cells[index].text)
    }

    func points(row: Int, kind: IndicatorColumn, besides labelCell: Int) -> Double? {
        text(row: row, kind: kind, besides: labelCell).flatMap(ScorePoints.parse)
    }
}
