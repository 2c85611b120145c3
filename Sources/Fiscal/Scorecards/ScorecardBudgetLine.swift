/// One line of a form's budget block; amounts as printed.
package struct ScorecardBudgetLine: Sendable, Hashable {
    package var row: Int
    /// 年度资金总额, 其中：财政拨款, 其他资金 …
    package var label: String
    /// 年初预算(数).
    package var initial: String?
    /// 全年预算数 / 调整后预算数 / 预算数.
    package var budget: String?
    /// 全年执行数 / 预算执行数 / 执行数.
    package var executed: String?
    /// 执行率.
    package var rate: String?
    /// 分值 / 权重.
    package var weight: Double?
    /// 得分.
    package var score: Double?
    /// 原因.
    package var note: String?

    package init(
        row: Int, label: String, initial: String? = nil, budget: String? = nil,
        executed: String? = nil, rate: String? = nil, weight: Double? = nil,
        score: Double? = nil, note: String? = nil
    ) {
        self.row = row
        self.label = label
        self.initial = initial
        self.budget = budget
        self.executed = executed
        self.rate = rate
        self.weight = weight
        self.score = score
        self.note = note
    }
}
