/// The year's overall goal (预期目标) and what was achieved (实际完成情况).
public struct ScorecardGoals: Sendable, Hashable {
    public var expected: String?
    public var achieved: String?

    public init(expected: String? = nil, achieved: String? = nil) {
        self.expected = expected
        self.achieved = achieved
    }
}
