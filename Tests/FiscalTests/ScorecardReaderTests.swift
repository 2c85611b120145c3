@testable import Fiscal
import Layout
import Testing

@Suite("Scorecard forms read as records")
struct ScorecardReaderTests {
    let reader = ScorecardReader()

    /// 市级项目支出绩效自评表: fields, a budget header over its lines, goals, the total and the
    /// budget's score under the indicator header, a target spanning to the last column.
    static let cityForm = ScorecardSketch.table(
        [
            ["项目名称", "城乡居民补助资金", "<", "<", "<", "年度", "2023年度", "<"],
            ["主管部门", "乐山市医疗保障局", "<", "<", "实施单位", "乐山市医疗保障局", "<", "<"],
            ["项目资金（万元）", "", "<", "全年预算数", "<", "全年执行数", "预算执行率", "<"],
            ["^", "年度资金总额", "<", "1064.55", "<", "1064.55", "100%", "<"],
            ["^", "其中：财政拨款", "<", "1064.55", "<", "1064.55", "100%", "<"],
            ["^", "其他资金", "<", "", "<", "", "", "<"],
            ["年度总体目标", "预期目标", "<", "<", "实际完成情况", "<", "<", "<"],
            ["^", "巩固参保率", "<", "<", "参保率稳定", "<", "<", "<"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值/权重（百分制）", "得分", "扣分原因分析"],
            ["得分", "<", "<", "<", "<", "100", "100", ""],
            ["预算执行率（10分）", "<", "<", "100%", "100%", "10", "10", ""],
            ["产出指标", "数量指标", "参保人数", "≥249万人", "243.91万人", "40", "40", ""],
            ["^", "^", "补助标准", "≥640元", "640元", "20", "20", ""],
            ["^", "成本指标", "全年补助资金", "该指标2022年已不适用,已删除", "<", "<", "<", "<"],
            ["^", "时效指标", "到位率", "100%", "100%", "10", "10", ""],
            ["满意度指标", "满意度指标", "参保对象满意度", "≥90%", "≥90%", "20", "20", ""],
        ], title: "市级项目支出绩效自评表")

    @Test("The fields above the blocks")
    func fields() throws {
        let card = try #require(reader.scorecard(from: Self.cityForm))
        #expect(card.title == "市级项目支出绩效自评表")
        #expect(card.project == "城乡居民补助资金")
        #expect(card.department == "乐山市医疗保障局")
        #expect(card.implementer == "乐山市医疗保障局")
        #expect(card.yearText == "2023年度")
        #expect(card.year == 2023)
        #expect(card.goals == ScorecardGoals(expected: "巩固参保率", achieved: "参保率稳定"))
    }

    @Test("Merged 一级指标 and 二级指标 carry down; summary rows are not indicators")
    func indicators() throws {
        let card = try #require(reader.scorecard(from: Self.cityForm))
        #expect(card.indicators.map(\.level3) == ["参保人数", "补助标准", "全年补助资金", "到位率", "参保对象满意度"])
        #expect(card.indicators.map(\.level1) == ["产出指标", "产出指标", "产出指标", "产出指标", "满意度指标"])
        #expect(card.indicators.map(\.level2) == ["数量指标", "数量指标", "成本指标", "时效指标", "满意度指标"])
        #expect(
            card.indicators[0]
                == ScorecardIndicator(
                    row: 11, level1: "产出指标", level2: "数量指标", level3: "参保人数", comparison: .atLeast,
                    target: "249", unit: "万人", printedTarget: "≥249万人", actual: "243.91万人", weight: 40, score: 40))
    }

    @Test("A target spanning the value columns leaves them empty")
    func spanningTarget() throws {
        let card = try #require(reader.scorecard(from: Self.cityForm))
        let deleted = card.indicators[2]
        #expect(deleted.comparison == .qualitative)
        #expect(deleted.target == "该指标2022年已不适用,已删除")
        #expect(deleted.actual == nil && deleted.weight == nil && deleted.score == nil && deleted.note == nil)
    }

    @Test("The budget lines, the budget's score row and the total")
    func budgetAndTotal() throws {
        let card = try #require(reader.scorecard(from: Self.cityForm))
        let budget = try #require(card.budget)
        #expect(budget.lines.map(\.label) == ["年度资金总额", "其中：财政拨款", "其他资金"])
        #expect(
            budget.lines[0]
                == ScorecardBudgetLine(
                    row: 3, label: "年度资金总额", budget: "1064.55",
                    executed: "1064.55", rate: "100%"))
        #expect(budget.lines[2].budget == nil)
        #expect((budget.weight, budget.score, budget.scoreRow) == (10, 10, 10))
        #expect((budget.targetRate, budget.actualRate) == ("100%", "100%"))
        #expect(card.total == ScorecardTotal(row: 9, label: "得分", weight: 100, score: 100))
        #expect(card.checkFailures.isEmpty)
    }

    /// 特定目标类部门预算项目绩效目标自评表: budget as label–value pairs, a label column spanning
    /// the indicators, no weights or scores.
    static let targetForm = ScorecardSketch.table(
        [
            ["主管部门及代码", "<", "遂宁市医疗保障局 420001", "<", "实施单位", "遂宁市医疗保障局"],
            ["项目预算执行情况（万元）", "<", "预算数：", "22.8万", "执行数：", "21.24万"],
            ["^", "^", "其中:财政拨款", "22.8万", "其中:财政拨款", "21.24万"],
            ["^", "^", "其他资金", "", "其他资金", ""],
            ["年度总体目标完成情况", "预期目标", "<", "<", "目标实际完成情况", "<"],
            ["^", "建设医保专网", "<", "<", "专网投入使用", "<"],
            ["年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "预期指标值", "实际完成指标值"],
            ["^", "产出指标", "数量指标", "网络租赁数量", "11条", "11条"],
            ["^", "^", "时效指标", "完成时间", "当年", "100%"],
            ["^", "效益指标", "社会效益指标", "医保经办通畅", "90%", "90%"],
        ], title: "2024年度特定目标类部门预算项目绩效目标自评表", subtitle: "（医保信息化运行维护项）")

    @Test("A form without weights: pairs budget, indicators beside a spanning label")
    func targetForm() throws {
        let card = try #require(reader.scorecard(from: Self.targetForm))
        #expect(card.project == "医保信息化运行维护项")
        #expect(card.department == "遂宁市医疗保障局 420001")
        #expect(card.yearText == nil)
        #expect(card.year == 2024)
        let budget = try #require(card.budget)
        #expect(
            budget.lines == [
                ScorecardBudgetLine(row: 1, label: "预算数", budget: "22.8万", executed: "21.24万"),
                ScorecardBudgetLine(row: 2, label: "其中:财政拨款", budget: "22.8万", executed: "21.24万"),
                ScorecardBudgetLine(row: 3, label: "其他资金"),
            ])
        #expect(card.goals == ScorecardGoals(expected: "建设医保专网", achieved: "专网投入使用"))
        #expect(card.indicators.map(\.level3) == ["网络租赁数量", "完成时间", "医保经办通畅"])
        #expect(card.indicators[1].level1 == "产出指标")
        #expect(card.indicators[1].comparison == .qualitative)
        #expect(card.indicators[0].unit == "条")
        #expect(card.indicators.allSatisfy { $0.weight == nil && $0.score == nil })
        #expect(card.total == nil && card.checkFailures.isEmpty)
    }

    /// 专项资金绩效自评表: 年初预算 and 分值/得分 in the budget block, the total under the
    /// indicators, a grade and a table of problems.
    static let specialFundForm = ScorecardSketch.table(
        [
            ["专项名称", "居民医保市级补助资金", "<", "<", "<", "<", "<", "<", "<"],
            ["主管部门", "三明市财政局专户", "<", "<", "实施单位", "<", "医保基金专户", "<", "<"],
            ["项目概况", "下达补助资金275.20万元", "<", "<", "<", "<", "<", "<", "<"],
            ["项目资金（万元）", "", "<", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率（%）", "得分"],
            ["^", "年度资金总额", "<", "275.20", "275.20", "275.20", "10", "100.00", "10"],
            ["^", "其中：当年财政拨款", "<", "275.20", "275.20", "275.20", "—", "100.00", ""],
            ["^", "上年结转资金", "<", "0.00", "0.00", "0.00", "—", "0.00", ""],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "指标分值", "自评得分", "偏差原因分析及改进措施"],
            ["^", "产出指标", "数量指标", "居民参保人数", "≥130000人", "139327", "50", "50", ""],
            ["^", "效益指标", "经济效益指标", "人均缴费增长率", "=稳步增长定性", "稳步增长", "40", "38", "宣传不足"],
            ["总分值、评价总分（S）", "<", "<", "<", "<", "<", "100", "98", ""],
            ["评价等级", "优(S≥90)", "<", "<", "<", "<", "<", "<", "<"],
            ["问题与建议", "问题类型", "<", "存在问题", "<", "<", "改进建议", "<", "<"],
            ["^", "项目管理问题", "<", "过程管理有待加强", "<", "<", "加强过程管理", "<", "<"],
            ["^", "目标完成问题", "<", "知晓率需提高", "<", "<", "加大宣传力度", "<", "<"],
        ], title: "专项资金绩效自评表", subtitle: "(2024年度)")

    @Test("A special-fund form: budget weight, total after the indicators, closing texts")
    func specialFundForm() throws {
        let card = try #require(reader.scorecard(from: Self.specialFundForm))
        #expect(card.project == "居民医保市级补助资金")
        #expect(card.implementer == "医保基金专户")
        #expect(card.yearText == "2024年度")
        #expect(card.year == 2024)
        let budget = try #require(card.budget)
        #expect(budget.lines.map(\.label) == ["年度资金总额", "其中：当年财政拨款", "上年结转资金"])
        #expect(
            budget.lines[0]
                == ScorecardBudgetLine(
                    row: 4, label: "年度资金总额", initial: "275.20",
                    budget: "275.20", executed: "275.20",
                    rate: "100.00", weight: 10, score: 10))
        #expect(budget.lines[1].weight == nil)
        #expect((budget.weight, budget.score) == (10, 10))
        #expect(card.indicators.map(\.level3) == ["居民参保人数", "人均缴费增长率"])
        #expect(card.indicators[1].note == "宣传不足")
        #expect(card.indicators[1].comparison == .qualitative)
        #expect(card.total == ScorecardTotal(row: 10, label: "总分值、评价总分（S）", weight: 100, score: 98))
        #expect(card.checkFailures.isEmpty)
        #expect(card.grade == "优(S≥90)")
        #expect(
            card.problems == [
                ScorecardProblem(type: "项目管理问题", problem: "过程管理有待加强", suggestion: "加强过程管理"),
                ScorecardProblem(type: "目标完成问题", problem: "知晓率需提高", suggestion: "加大宣传力度"),
            ])
        #expect(card.texts == [ScorecardText(row: 2, label: "项目概况", text: "下达补助资金275.20万元")])
    }

    /// 部门预算项目支出绩效自评表 (四川): operator and unit in columns of their own, 合计, then
    /// 评价结论, 存在问题, 改进措施 and the signatures.
    static let provincialForm = ScorecardSketch.table(
        [
            ["项目名称", "51000021T-医疗服务与保障能力提升", "<", "<", "<", "<", "<", "<", "<", "<", "<"],
            ["主管部门", "四川省医疗保障局", "<", "<", "<", "<", "实施单位（盖章）", "<", "四川省医疗保障局", "<", "<"],
            ["预算执行情况（10分）", "年度预算数（万元）", "年初预算", "调整后预算数", "预算执行数", "<", "预算执行率", "权重", "得分", "原因", "<"],
            ["^", "总额", "3,057.85", "2,734.06", "2,403.80", "<", "87.92%", "10", "8.79", "结转下年", "<"],
            ["^", "其中：财政资金", "3,057.85", "2,734.06", "2,403.80", "<", "87.92%", "/", "/", "", "<"],
            ["绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
            ["^", "产出指标", "数量指标", "完成验收的项目数", "≥", "15", "个(套)", "15", "50", "50", ""],
            ["^", "", "", "网络设备采购数量", "≥", "15", "台/套", "22", "20", "20", ""],
            ["^", "效益指标", "经济效益指标", "提升信息化水平", "定性", "明显提高", "", "明显提高", "20", "20", ""],
            ["合计", "<", "<", "<", "<", "<", "<", "<", "100", "98.79", ""],
            ["评价结论", "该项目总分98.79分", "<", "<", "<", "<", "<", "<", "<", "<", "<"],
            ["存在问题", "预算执行率较低", "<", "<", "<", "<", "<", "<", "<", "<", "<"],
            ["改进措施", "及时调减结余", "<", "<", "<", "<", "<", "<", "<", "<", "<"],
            ["项目负责人：衡廷芝", "<", "<", "<", "<", "财务负责人：李亚军", "<", "<", "<", "<", "<"],
        ], title: "部门预算项目支出绩效自评表（2024年度）")

    @Test("Operator and unit columns; blank level cells carried down")
    func provincialIndicators() throws {
        let card = try #require(reader.scorecard(from: Self.provincialForm))
        #expect(card.implementer == "四川省医疗保障局")
        #expect(card.indicators.count == 3)
        #expect(
            card.indicators[1]
                == ScorecardIndicator(
                    row: 7, level1: "产出指标", level2: "数量指标", level3: "网络设备采购数量", comparison: .atLeast,
                    target: "15", unit: "台/套", printedTarget: "15", actual: "22", weight: 20, score: 20))
        #expect(card.indicators[2].comparison == .qualitative)
        #expect(card.indicators[2].target == "明显提高")
        #expect(card.indicators[2].unit == nil)
    }

    @Test("A provincial form's budget, total and closing texts")
    func provincialClosing() throws {
        let card = try #require(reader.scorecard(from: Self.provincialForm))
        let budget = try #require(card.budget)
        #expect(
            budget.lines[0]
                == ScorecardBudgetLine(
                    row: 3, label: "总额", initial: "3,057.85", budget: "2,734.06", executed: "2,403.80",
                    rate: "87.92%", weight: 10, score: 8.79, note: "结转下年"))
        #expect(budget.lines[1].weight == nil)
        #expect(card.total == ScorecardTotal(row: 9, label: "合计", weight: 100, score: 98.79))
        #expect(card.checkFailures.isEmpty)
        #expect(card.conclusion == "该项目总分98.79分")
        #expect(card.problems == [ScorecardProblem(problem: "预算执行率较低", suggestion: "及时调减结余")])
        #expect(
            card.texts == [
                ScorecardText(row: 13, label: "项目负责人", text: "衡廷芝"),
                ScorecardText(row: 13, label: "财务负责人", text: "李亚军"),
            ])
    }

    @Test("Field labels with a colon, the value in the same cell or the next")
    func colonFields() throws {
        let table = ScorecardSketch.table([
            ["项目名称：", "医保信息化", "<", "年度：", "2023年度"],
            ["主管部门：乐山市医疗保障局", "<", "<", "实施单位：", "乐山市医保中心"],
            ["一级指标", "二级指标", "三级指标", "指标值", "完成值"],
            ["产出指标", "数量指标", "参保人数", "≥249万人", "243.91万人"],
        ])
        let card = try #require(reader.scorecard(from: table))
        #expect(card.project == "医保信息化")
        #expect(card.yearText == "2023年度")
        #expect(card.department == "乐山市医疗保障局")
        #expect(card.implementer == "乐山市医保中心")
        #expect(card.texts.isEmpty)
    }

    @Test("A problem whose text reads like a header is no table of problems")
    func problemText() throws {
        let table = ScorecardSketch.table([
            ["一级指标", "二级指标", "三级指标", "指标值", "完成值"],
            ["产出指标", "数量指标", "参保人数", "≥249万人", "243.91万人"],
            ["存在问题", "建议加强管理", "<", "<", "<"],
            ["说明：分值按百分制", "<", "<", "<", "<"],
        ])
        let card = try #require(reader.scorecard(from: table))
        #expect(card.problems == [ScorecardProblem(problem: "建议加强管理")])
        #expect(card.texts == [ScorecardText(row: 3, label: "说明", text: "分值按百分制")])
    }

    @Test("Tables that are no self-evaluation form are ignored")
    func notScorecards() {
        let annex = ScorecardSketch.table(
            [
                ["项目", "<", "本年收入", "本年支出"],
                ["科目编码", "科目名称", "金额", "金额"],
                ["2101101", "行政单位医疗", "29.08", "29.08"],
                ["合计", "<", "29.08", "29.08"],
            ], title: "收入支出决算总表")
        // A target form (绩效目标表) has targets but no achieved values.
        let targets = ScorecardSketch.table(
            [
                ["一级指标", "二级指标", "三级指标", "指标值"],
                ["产出指标", "数量指标", "参保人数", "≥249万人"],
            ], title: "项目支出绩效目标表")
        // A header without indicators under it.
        let empty = ScorecardSketch.table([
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"]
        ])
        #expect(reader.scorecard(from: annex) == nil)
        #expect(reader.scorecard(from: targets) == nil)
        #expect(reader.scorecard(from: empty) == nil)
        let found = reader.scorecards(in: [annex, Self.targetForm, targets, Self.cityForm])
        #expect(found.map(\.table) == [1, 3])
    }
}
