/// A problem found by the evaluation and the improvement proposed for it.
public struct ScorecardProblem: Sendable, Hashable {
    /// 问题类型, where the form classifies problems.
    public var type: String?
    /// 存在问题.
    public var problem: String?
    /// 改进措施 / 改进建议.
    public var suggestion: String?

    public init(type: String? = nil, problem: String? = nil, suggestion: String? = nil) {
        self.type = type
        self.problem = problem
        self.suggestion = suggestion
    }
}
