@testable import Fiscal
import Layout
import Testing

@Suite("Annex line items and what they leave without meaning")
struct AnnexReaderTests {
    static func read(_ rows: [[String]], title: String = "收入支出决算总表") -> (items: [LineItem], problems: [AnnexProblem]) {
        let annexes = AnnexTables([ScorecardSketch.table(rows, title: title)])
        return (AnnexReader().lineItems(in: annexes), AnnexReader().problems(in: annexes))
    }

    @Test("Share columns give no line items and do not name the other side's rows")
    func shares() {
        let (items, problems) = Self.read(AnnexLayoutTests.summaryWithShares)
        #expect(items.count == 6)
        #expect(!items.contains { $0.column == 2 })
        #expect(items.filter { $0.column == 4 }.map(\.name) == ["卫生健康支出", "住房保障支出", "本年支出合计"])
        #expect(problems.isEmpty)
    }

    @Test("An unread cell of an amount column is left out of the line items and reported")
    func unreadCell() {
        let (items, problems) = Self.read([
            ["项目", "决算数"], ["工资福利支出", "10.00"], ["商品和服务支出", "12万元"], ["对个人和家庭的补助", "3.00"],
            ["资本性支出", "-"], ["合计", "13.00"],
        ])
        #expect(items.map(\.row) == [1, 3, 4, 5])
        #expect(
            items.map(\.amount) == [.amount(10, decimals: 2), .amount(3, decimals: 2), .dash, .amount(13, decimals: 2)])
        #expect(
            problems == [
                AnnexProblem(
                    kind: .cellUnread, table: 0, page: 1, row: 2, columns: [1],
                    columnPaths: [["决算数"]], texts: [.init(row: 2, text: "12万元")])
            ])
    }

    @Test("A demoted column is reported with the texts that demoted it")
    func demotedColumn() {
        let (_, problems) = Self.read([
            ["项目", "决算数", "预算数"], ["工资福利支出", "10.00", "9.00"], ["商品和服务支出", "见说明", "15.00"],
            ["资本性支出", "待定", "1.00"], ["合计", "25.00", "25.00"],
        ])
        #expect(problems.map(\.kind) == [.columnDemoted])
        #expect(problems.first?.columns == [1])
        #expect(problems.first?.texts.map(\.text) == ["见说明", "待定"])
    }

    @Test("Text columns that no group uses make the table partly recognised")
    func partlyRecognised() {
        let (_, problems) = Self.read([["项目", "决算数", "备注"], ["工资福利支出", "10.00", "含绩效工资"]])
        #expect(problems.map(\.kind) == [.partlyRecognised])
        #expect(problems.first?.columns == [2])
        #expect(problems.first?.columnPaths == [["备注"]])
    }

    @Test("A table with no amount printed (a fund the department does not have) has no problem")
    func nothingPrinted() {
        let (items, problems) = Self.read([["科目编码", "科目名称", "合计"], ["", "合计", ""]], title: "政府性基金预算财政拨款收入支出决算表")
        #expect(items.isEmpty)
        #expect(problems.isEmpty)
    }

    @Test("Codes, levels, parents and the unit line")
    func codesAndUnit() {
        var table = ScorecardSketch.table(
            [
                ["科目编码", "科目名称", "合计"], ["208", "社会保障和就业支出", "30.00"], ["20805", "行政事业单位养老支出", "30.00"],
            ], title: "支出决算表")
        table.caption.unit = "单位：万元"
        let items = AnnexReader().lineItems(in: AnnexTables([table]))
        #expect(items.map(\.code) == ["208", "20805"])
        #expect(items.map(\.level) == [1, 2])
        #expect(items.map(\.parent) == [nil, "208"])
        #expect(items.allSatisfy { $0.unit == "万元" })
    }
}
