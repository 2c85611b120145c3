import Foundation
import Layout

/// Reads performance self-evaluation forms (绩效自评表) out of tables, in stages:
/// 1. the indicator header (三级指标 | 指标值 | 完成值 …) that makes a table a form,
/// 2. the indicator block under it: indicators, the budget's score row, the total,
/// 3. the fields, budget block and goals above it,
/// 4. the labelled texts left over (评价等级, 存在问题 …),
/// 5. the arithmetic check of the total.
package struct ScorecardReader: Sendable {
    package struct Options: Sendable {
        /// How far a printed total may be from the sum of its parts, in points. Forms print
        /// scores to hundredths, so half a hundredth covers rounding.
        package var totalTolerance: Double

        package init(totalTolerance: Double = 0.005) {
            self.totalTolerance = totalTolerance
        }
    }

    package var options: Options

    package init(options: Options = Options()) {
        self.options = options
    }

    /// One scorecard per table that is a scorecard form, with the index of its table.
    package func scorecards(in tables: [LogicalTable]) -> [(table: Int, scorecard: Scorecard)] {
        tables.enumerated().compactMap { index, table in
            scorecard(from: table).map { (index, $0) }
        }
    }

    /// The form a table holds, or nil when it is no self-evaluation form.
    package func scorecard(from table: LogicalTable) -> Scorecard? {
        let grid = TableGrid(table)
        guard let columns = IndicatorColumns.find(in: grid) else { return nil }
        let block = IndicatorBlockReader(grid: grid, columns: columns).read()
        guard !block.indicators.isEmpty else { return nil }

        let above = 0..<columns.headerRow
        let fields = ScorecardFieldReader(grid: grid).read(rows: above)
        let budget = ScorecardBudgetReader(grid: grid).read(rows: above)
        let goals = ScorecardGoalsReader(grid: grid).read(rows: above)
        let consumed = block.rows.union(fields.rows).union(budget?.rows ?? []).union(goals?.rows ?? [])
        let closing = ScorecardClosingReader(grid: grid)
            .read(rows: (0..<grid.rowCount).filter { !consumed.contains($0) })

        // The line in brackets under the title names the project ((设施设备购置项目)) where the
        // form has no 项目名称, or the period ((2024年度)) where it has no 年度.
        let subtitle = table.caption.subtitle.flatMap(Self.removeBrackets)
        let period = subtitle.flatMap { Self.isPeriod($0) ? $0 : nil }
        let yearText = fields.yearText ?? period
        var scorecard = Scorecard(
            title: table.caption.title, project: fields.project ?? (period == nil ? subtitle : nil),
            department: fields.department, implementer: fields.implementer, yearText: yearText,
            year: Self.year(in: yearText) ?? Self.year(in: table.caption.title),
            budget: merge(budget?.budget, block.budgetScore), goals: goals?.goals,
            indicators: block.indicators, total: block.total, grade: closing.grade,
            conclusion: closing.conclusion, problems: closing.problems, texts: closing.texts)
        scorecard.checkFailures = ScorecardTotalCheck(tolerance: options.totalTolerance).failures(of: scorecard)
        return scorecard
    }

    /// The budget block's lines with the score of a 预算执行率 row in the indicator block, where
    /// the form prints it there.
    func merge(_ block: ScorecardBudget?, _ scoreRow: ScorecardBudget?) -> ScorecardBudget? {
        guard var budget = block ?? scoreRow else { return nil }
        if let scoreRow, block != nil {
            budget.weight = scoreRow.weight ?? budget.weight
            budget.score = scoreRow.score ?? budget.score
            budget.scoreRow = scoreRow.scoreRow ?? budget.scoreRow
            budget.targetRate = scoreRow.targetRate
            budget.actualRate = scoreRow.actualRate
        }
        return budget
    }

    /// `（设施设备购置项目）` → `设施设备购置项目`; nil when nothing is left.
    static func removeBrackets(_ text: String) -> String? {
        let inner = text.trimmingCharacters(in: .whitespacesAndNewlines)
            .trimmingCharacters(in: CharacterSet(charactersIn: "()（）"))
        return ScorecardVocabulary.value(inner)
    }

    /// 2024年度, 2024年1月-12月: a period, not a project.
    static func isPeriod(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isNumber, text.contains("年") else { return false }
        return text.allSatisfy { $0.isASCII && $0.isNumber || ScorecardVocabulary.periodCharacters.contains($0) }
    }

    /// Years these reports cover, to tell a year from another number.
    static let plausibleYears = 1990...2100
    static let yearDigits = 4

    /// The first four-digit year in a text (2023年度, 2024年度特定目标类…).
    static func year(in text: String?) -> Int? {
        guard let text else { return nil }
        var digits = ""
        for character in text + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if digits.count == yearDigits, let year = Int(digits), plausibleYears.contains(year) { return year }
            digits = ""
        }
        return nil
    }
}
