/// The year's overall goal (预期目标) and what was achieved (实际完成情况).
package struct ScorecardGoals: Sendable, Hashable {
    package var expected: String?
    package var achieved: String?

    package init(expected: String? = nil, achieved: String? = nil) {
        self.expected = expected
        self.achieved = achieved
    }
}
