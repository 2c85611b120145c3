/// The form's printed total: 合计, 总分值、评价总分（S）, 得分.
public struct ScorecardTotal: Sendable, Hashable {
    public var row: Int
    public var label: String
    public var weight: Double?
    public var score: Double?

    public init(row: Int, label: String, weight: Double? = nil, score: Double? = nil) {
        self.row = row
        self.label = label
        self.weight = weight
        self.score = score
    }
}
