@testable import Fiscal
import Layout
import Testing

@Suite("Arithmetic checks of annex tables")
struct ArithmeticCheckerTests {
    /// A 基本支出 table in three side-by-side groups; the 公用经费合计 label spans the code, name
    /// and amount columns of the second group and the code and name of the third, whose amount
    /// column holds the figure.
    static func basicExpenditure(personnelTotal: String) -> [[String]] {
        [
            ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"],
            ["301", "工资福利支出", "10.00", "302", "商品和服务支出", "5.00", "307", "债务利息及费用支出", "2.00"],
            ["30101", "基本工资", "10.00", "30201", "办公费", "5.00", "30701", "国内债务付息", "2.00"],
            ["", "", "", "", "", "", "310", "资本性支出", "0.00"],
            ["人员经费合计", "<", personnelTotal, "公用经费合计", "<", "<", "<", "<", "7.00"],
        ]
    }

    static func check(_ rows: [[String]], title: String = "一般公共预算财政拨款基本支出决算表")
        -> (failures: [ArithmeticFailure], checked: Int)
    {
        ArithmeticChecker().check(AnnexTables([ScorecardSketch.table(rows, title: title)]))
    }

    @Test("A total row whose amount position a merged label covers is skipped, not read as 0")
    func mergedTotalSkipped() {
        let (failures, checked) = Self.check(Self.basicExpenditure(personnelTotal: "10.00"))
        #expect(failures.isEmpty)
        // 301, 302, 307 against their items, and 人员经费合计 against 301.
        #expect(checked == 4)
    }

    @Test("A total that does not add up is still reported, with both figures")
    func mismatchReported() {
        let (failures, _) = Self.check(Self.basicExpenditure(personnelTotal: "11.00"))
        #expect(failures.count == 1)
        #expect(failures.first?.relation == .totalRow)
        #expect(failures.first?.row == 4)
        #expect(failures.first?.column == 2)
        #expect(failures.first?.printed == 11)
        #expect(failures.first?.computed == 10)
        #expect(failures.first?.rowLabel == "人员经费合计")
    }

    @Test("A blank total is not checked")
    func blankTotal() {
        let (failures, checked) = Self.check(
            [
                ["科目编码", "科目名称", "合计"], ["201", "一般公共服务支出", ""], ["20101", "人大事务", "3.00"],
                ["20102", "政协事务", "4.00"],
            ], title: "支出决算表")
        #expect(failures.isEmpty)
        #expect(checked == 0)
    }

    @Test(
        "Blank and dashed parts add nothing; a sum beyond rounding fails",
        arguments: [
            ("7.00", true), ("7.01", true), ("7.10", false),
        ])
    func partsWithoutFigures(total: String, holds: Bool) {
        let (failures, checked) = Self.check(
            [
                ["科目编码", "科目名称", "合计"], ["201", "一般公共服务支出", total], ["20101", "人大事务", "3.00"],
                ["20102", "政协事务", ""], ["20103", "政府办公厅（室）及相关机构事务", "4.00"], ["20104", "发展与改革事务", "-"],
            ], title: "支出决算表")
        #expect(checked == 1)
        #expect(failures.isEmpty == holds)
        if !holds { #expect(failures.first?.relation == .hierarchy) }
    }

    @Test("A 合计 column equals the columns beside it")
    func totalColumns() {
        let rows = [
            ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
            ["201", "一般公共服务支出", "10.00", "6.00", "4.00"],
            ["208", "社会保障和就业支出", "5.00", "", "6.00"],
        ]
        let (failures, _) = Self.check(rows, title: "支出决算表")
        #expect(failures.map(\.relation) == [.totalColumn])
        #expect(failures.first?.row == 2)
    }
}
