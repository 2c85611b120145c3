/// The form's printed total: 合计, 总分值、评价总分（S）, 得分.
package struct ScorecardTotal: Sendable, Hashable {
    package var row: Int
    package var label: String
    package var weight: Double?
    package var score: Double?

    package init(row: Int, label: String, weight: Double? = nil, score: Double? = nil) {
        self.row = row
        self.label = label
        self.weight = weight
        self.score = score
    }
}
