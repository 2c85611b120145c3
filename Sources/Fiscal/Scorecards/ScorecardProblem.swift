/// A problem found by the evaluation and the improvement proposed for it.
package struct ScorecardProblem: Sendable, Hashable {
    /// 问题类型, where the form classifies problems.
    package var type: String?
    /// 存在问题.
    package var problem: String?
    /// 改进措施 / 改进建议.
    package var suggestion: String?

    package init(type: String? = nil, problem: String? = nil, suggestion: String? = nil) {
        self.type = type
        self.problem = problem
        self.suggestion = suggestion
    }
}
