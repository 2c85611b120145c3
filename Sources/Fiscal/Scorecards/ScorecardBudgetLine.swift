/// One line of a form's budget block; amounts as printed.
public struct ScorecardBudgetLine: Sendable, Hashable {
    public var row: Int
    /// 年度资金总额, 其中：财政拨款, 其他资金 …
    public var label: String
    /// 年初预算(数).
    public var initial: String?
    /// 全年预算数 / 调整后预算数 / 预算数.
    public var budget: String?
    /// 全年执行数 / 预算执行数 / 执行数.
    public var executed: String?
    /// 执行率.
    public var rate: String?
    /// 分值 / 权重.
    public var weight: Double?
    /// 得分.
    public var score: Double?
    /// 原因.
    public var note: String?

    public init(row: Int, label: String, initial: String? = nil, budget: String? = nil,
                executed: String? = nil, rate: String? = nil, weight: Double? = nil,
                score: Double? = nil, note: String? = nil) {
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
