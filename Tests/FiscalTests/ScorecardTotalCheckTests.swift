@testable import Fiscal
import Testing

@Suite("Scorecard totals checked against their parts")
struct ScorecardTotalCheckTests {
    let reader = ScorecardReader()

    static func form(
        total: String, weights: [String] = ["60", "30"], scores: [String] = ["60", "28"],
        budgetScore: String = "10"
    ) -> [[String]] {
        [
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "扣分原因"],
            ["预算执行率（10分）", "<", "<", "100%", "100%", "10", budgetScore, ""],
            ["产出指标", "数量指标", "参保人数", "≥249万人", "243.91万人", weights[0], scores[0], ""],
            ["^", "质量指标", "报销比例", "≥70%", "65%", weights[1], scores[1], "未达标"],
            ["合计", "<", "<", "<", "<", "100", total, ""],
        ]
    }

    @Test("A total that adds up passes")
    func agreeing() throws {
        let card = try #require(reader.scorecard(from: ScorecardSketch.table(Self.form(total: "98"))))
        #expect(card.total?.score == 98)
        #expect(card.checkFailures.isEmpty)
    }

    @Test("A total off by a point is reported with its row and both figures")
    func mismatch() throws {
        let card = try #require(reader.scorecard(from: ScorecardSketch.table(Self.form(total: "97"))))
        #expect(
            card.checkFailures == [
                ScorecardCheckFailure(kind: .scoreTotal, row: 4, printed: 97, expected: 98)
            ])
        #expect(card.checkFailures[0].message.contains("97"))
        #expect(card.checkFailures[0].message.contains("98"))
    }

    @Test("Weights that do not add up are reported")
    func weightMismatch() throws {
        let table = ScorecardSketch.table(
            Self.form(
                total: "98", weights: ["60", "20"], scores: ["60", "20"],
                budgetScore: "10"))
        let card = try #require(reader.scorecard(from: table))
        #expect(card.checkFailures.map(\.kind) == [.scoreTotal, .weightTotal])
        #expect(card.checkFailures[1] == ScorecardCheckFailure(kind: .weightTotal, row: 4, printed: 100, expected: 90))
    }

    @Test("Rounding within half a hundredth is no mismatch")
    func rounding() throws {
        let table = ScorecardSketch.table(Self.form(total: "97.79", scores: ["60", "28"], budgetScore: "9.794"))
        let card = try #require(reader.scorecard(from: table))
        #expect(card.checkFailures.isEmpty)
    }

    @Test("A score above its weight is reported on the indicator's row")
    func scoreAboveWeight() throws {
        let table = ScorecardSketch.table(Self.form(total: "100", scores: ["62", "28"]))
        let card = try #require(reader.scorecard(from: table))
        #expect(
            card.checkFailures == [
                ScorecardCheckFailure(kind: .scoreAboveWeight, row: 2, printed: 62, expected: 60)
            ])
    }
}
