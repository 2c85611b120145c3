@testable import Fiscal
import Testing

@Suite("Scorecard targets split into operator, value and unit")
struct ScorecardTargetTests {
    @Test(
        "Printed targets",
        arguments: [
            ("≥130000人", IndicatorOperator.atLeast, "130000", "人"),
            ("≥100百分比", .atLeast, "100", "百分比"),
            ("≥ 90%", .atLeast, "90", "%"),
            ("≤5.0124万元", .atMost, "5.0124", "万元"),
            (">=60分钟", .atLeast, "60", "分钟"),
            ("＜3次", .less, "3", "次"),
            ("=2套", .equal, "2", "套"),
            ("≥80", .atLeast, "80", nil),
            ("=稳步增长定性", .qualitative, "稳步增长", nil),
            ("=积极作用定性指标", .qualitative, "积极作用", nil),
            ("普遍开展", .qualitative, "普遍开展", nil),
            ("当年", .qualitative, "当年", nil),
            ("2024年完成", .qualitative, "2024年完成", nil),
            ("该指标2022年已不适用,已删除", .qualitative, "该指标2022年已不适用,已删除", nil),
        ] as [(String, IndicatorOperator, String, String?)])
    func signed(printed: String, comparison: IndicatorOperator, value: String, unit: String?) {
        let target = IndicatorTarget(parsing: printed)
        #expect(target == IndicatorTarget(comparison: comparison, value: value, unit: unit))
    }

    @Test(
        "Targets without a sign keep none",
        arguments: [
            ("0", "0", nil),
            ("100%", "100", "%"),
            ("6-9个月", "6-9", "个月"),
            ("1次", "1", "次"),
            ("15个(套)", "15", "个(套)"),
            ("1,064.55万元", "1,064.55", "万元"),
        ] as [(String, String, String?)])
    func unsigned(printed: String, value: String, unit: String?) {
        #expect(IndicatorTarget(parsing: printed) == IndicatorTarget(comparison: nil, value: value, unit: unit))
    }

    @Test("A blank or dashed target is no target", arguments: ["", "  ", "/", "—"])
    func blank(printed: String) {
        #expect(IndicatorTarget(parsing: printed) == IndicatorTarget())
    }

    @Test(
        "Operator columns (指标性质) read signs and 定性",
        arguments: [
            ("≥", IndicatorOperator.atLeast), ("≤", .atMost), ("=", .equal), ("定性", .qualitative),
            ("> =", .atLeast),
        ] as [(String, IndicatorOperator)])
    func operatorColumn(printed: String, comparison: IndicatorOperator) {
        #expect(IndicatorOperator(printed: printed) == comparison)
    }

    @Test("Words in an operator column are no operator", arguments: ["正向指标", "", "≥15"])
    func notAnOperator(printed: String) {
        #expect(IndicatorOperator(printed: printed) == nil)
    }

    @Test(
        "Weights and scores as numbers",
        arguments: [
            ("5", 5.0), ("8.79", 8.79), ("10分", 10.0), (" 100 ", 100.0), ("/", nil), ("—", nil), ("", nil),
            ("优", nil),
        ] as [(String, Double?)])
    func points(printed: String, value: Double?) {
        #expect(ScorePoints.parse(printed) == value)
    }
}
