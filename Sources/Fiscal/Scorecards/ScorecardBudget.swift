/// The budget block of a form: its lines (总额, 其中：财政拨款, 其他资金 …) and the share of the
/// score it carries.
package struct ScorecardBudget: Sendable, Hashable {
    package var lines: [ScorecardBudgetLine]
    /// The budget's weight and score: the total line's 分值/得分, or the 预算执行率 row's.
    package var weight: Double?
    package var score: Double?
    /// The row the weight and score were read from.
    package var scoreRow: Int?
    /// Target and achieved execution rate, where a 预算执行率 row prints them.
    package var targetRate: String?
    package var actualRate: String?

    package init(
        lines: [ScorecardBudgetLine] = [], weight: Double? = nil, score: Double? = nil,
        scoreRow: Int? = nil, targetRate: String? = nil, actualRate: String? = nil
    ) {
        self.lines = lines
        self.weight = weight
        self.score = score
        self.scoreRow = scoreRow
        self.targetRate = targetRate
        self.actualRate = actualRate
    }
}
