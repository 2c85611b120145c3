@testable import Fiscal
import Layout
import Testing

@Suite("AnnexKind")
struct AnnexKindTests {
    @Test(
        "Titles of the standard forms, in the wordings provinces print",
        arguments: [
            ("2018年部门收支总体情况表", "budget.summary"),
            ("一、2018年度收支预算总表", "budget.summary"),
            ("财政拨款收支总体情况表", "budget.appropriation_summary"),
            ("部门收入总体情况表", "budget.income"),
            ("部门支出总体情况表", "budget.expenditure"),
            ("一般公共预算支出情况表", "budget.general_budget_expenditure"),
            ("一般公共预算基本支出情况表", "budget.general_budget_basic_expenditure"),
            ("一般公共预算“三公”经费支出预算表", "budget.three_public_expenses"),
            ("一般公共预算\"三公\"经费支出情况表", "budget.three_public_expenses"),
            ("政府性基金预算支出情况表", "budget.government_fund"),
            ("收入支出决算总表", "final.summary"),
            ("财政拨款“三公”经费支出决算表", "final.three_public_expenses"),
        ])
    func titles(title: String, kind: String) {
        #expect(AnnexKind.recognize(title: title) == kind)
    }

    static let expenditure = [
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        ["201", "一般公共服务支出", "120.00", "100.00", "20.00"],
        ["20101", "人大事务", "120.00", "100.00", "20.00"],
    ]

    @Test("A table whose title names no form is known by its header and code column")
    func byContent() {
        let untitled = AnnexTables([ScorecardSketch.table(Self.expenditure, title: "表三")], documentKind: "部门预算")
        #expect(untitled.kinds == ["budget.expenditure"])
        let basic = AnnexTables(
            [
                ScorecardSketch.table(
                    [
                        ["科目编码", "科目名称", "人员经费", "公用经费"], ["301", "工资福利支出", "10.00", ""],
                    ], title: "附表4")
            ], documentKind: "部门决算")
        #expect(basic.kinds == ["final.general_budget_basic_expenditure"])
        let summary = AnnexTables([
            ScorecardSketch.table(
                [
                    ["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"],
                    ["一般公共预算拨款", "100.00", "一般公共服务支出", "100.00"],
                ], title: "附表1")
        ])
        #expect(summary.kinds == ["budget.summary"], "预算数 in the header tells the budget form")
    }

    @Test("Content alone does not make a scorecard or a list an annex form, nor a form of unknown side")
    func notByContent() {
        let scorecard = AnnexTables(
            [
                ScorecardSketch.table(
                    [
                        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                        ["产出指标", "数量指标", "参保人数", "≥100万人", "120万人", "10", "10"],
                    ], title: "项目支出绩效自评表")
            ], documentKind: "部门决算")
        #expect(scorecard.kinds == [nil])
        let unknownSide = AnnexTables([ScorecardSketch.table(Self.expenditure, title: "表三")])
        #expect(unknownSide.kinds == [nil])
    }
}
