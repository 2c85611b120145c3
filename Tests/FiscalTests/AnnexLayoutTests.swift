@testable import Fiscal
import Layout
import Testing

/// Column roles, groups and codes of annex tables sketched as rows of texts (`^` merges a
/// position with the one above, `<` with the one on its left).
@Suite("Annex table layout: header, column roles, groups")
struct AnnexLayoutTests {
    static func layout(_ rows: [[String]]) -> AnnexLayout {
        AnnexLayout(ScorecardSketch.table(rows, title: "收入支出决算总表"))
    }

    /// A 总表 whose income side has a 占比 column between its amounts and the expenditure side.
    static let summaryWithShares = [
        ["收入项目", "本年收入", "<", "支出项目", "决算数"],
        ["^", "金额", "占比", "^", "^"],
        ["一般公共预算财政拨款收入", "2,681.09", "91.00%", "卫生健康支出", "2,540.13"],
        ["事业收入", "265.16", "9.00%", "住房保障支出", "406.12"],
        ["本年收入合计", "2,946.25", "100.00%", "本年支出合计", "2,946.25"],
    ]

    @Test("A header ends at the first row with a printed amount; paths keep each header text once")
    func headerAndPaths() {
        let layout = Self.layout(Self.summaryWithShares)
        #expect(layout.headerRows == 2)
        #expect(layout.bodyRows == [2, 3, 4])
        #expect(layout.paths[1] == ["本年收入", "金额"])
        #expect(layout.paths[0] == ["收入项目"])
    }

    @Test("A percentage column is a share: neither label nor amount, and it opens no group")
    func shareColumn() {
        let layout = Self.layout(Self.summaryWithShares)
        #expect(layout.roles == [.label, .amount, .share, .label, .amount])
        #expect(layout.groups.map(\.labelColumns) == [[0], [3]])
        #expect(layout.groups.map(\.amountColumns) == [[1], [4]])
        #expect(layout.label(row: 2, in: layout.groups[1]) == "卫生健康支出")
    }

    @Test("A column headed 比例 is a share even when its cells carry no % sign")
    func shareByHeader() {
        let layout = Self.layout([["项目", "金额", "比例"], ["工资福利支出", "10.00", "40.00"], ["商品和服务支出", "15.00", "60.00"]])
        #expect(layout.roles == [.label, .amount, .share])
    }

    @Test("One odd cell in a column of amounts leaves it an amount column and is listed as unread")
    func oddCellTolerated() {
        let layout = Self.layout([
            ["项目", "决算数"], ["工资福利支出", "10.00"], ["商品和服务支出", "12万元"], ["对个人和家庭的补助", "3.00"],
            ["资本性支出", "0.00"], ["合计", "25.00"],
        ])
        #expect(layout.roles == [.label, .amount])
        #expect(layout.unreadRows == [1: [2]])
        #expect(layout.demotedColumns.isEmpty)
    }

    @Test("A column with too many texts among its amounts is demoted to labels")
    func demoted() {
        let layout = Self.layout([
            ["项目", "决算数", "预算数"], ["工资福利支出", "10.00", "9.00"], ["商品和服务支出", "见说明", "15.00"],
            ["资本性支出", "待定", "1.00"], ["合计", "25.00", "25.00"],
        ])
        #expect(layout.roles == [.label, .label, .amount])
        #expect(layout.demotedColumns == [1])
        #expect(layout.unreadRows[1] == [2, 3])
    }

    @Test("A label column is not demoted for holding no amounts")
    func labelsStayLabels() {
        let layout = Self.layout([["项目", "说明", "决算数"], ["工资福利支出", "含绩效", "10.00"], ["合计", "", "10.00"]])
        #expect(layout.roles == [.label, .label, .amount])
        #expect(layout.demotedColumns.isEmpty)
        #expect(layout.unreadRows.isEmpty)
    }

    @Test("Ellipses left in a template do not spoil a code column")
    func ellipsesInCodes() {
        let layout = Self.layout([
            ["功能分类科目编码", "科目名称", "合计"], ["205", "教育支出", "1.00"], ["20502", "普通教育", "1.00"],
            ["…", "…", ""], ["… … …", "…", ""],
        ])
        #expect(layout.roles == [.code, .label, .amount])
        #expect(layout.unreadRows.isEmpty)
    }

    @Test("A 栏次 row of column numbers is neither header path nor body, and does not hide the code and name columns")
    func columnNumberRow() {
        let layout = Self.layout([
            ["支出功能分类科目编码", "<", "<", "科目名称", "本年支出合计"],
            ["类", "款", "项", "^", "^"],
            ["栏次", "<", "<", "<", "1"],
            ["合计", "<", "<", "<", "30.00"],
            ["208", "<", "<", "社会保障和就业支出", "30.00"],
        ])
        #expect(layout.headerRows == 3)
        #expect(layout.bodyRows == [3, 4])
        #expect(layout.paths[4] == ["本年支出合计"])
        #expect(layout.roles[3] == .label)
        #expect(layout.roles[0] == .splitCode(0))
        #expect(layout.codes(in: layout.groups[0]) == [4: "208"])
        #expect(layout.label(row: 4, in: layout.groups[0]) == "社会保障和就业支出")
    }

    @Test("Split 类/款/项 codes carry blank parents down; 行次 columns are ignored")
    func splitCodes() {
        let layout = Self.layout([
            ["类", "款", "项", "科目名称", "行次", "合计"],
            ["208", "", "", "社会保障和就业支出", "1", "30.00"],
            ["", "05", "", "行政事业单位养老支出", "2", "30.00"],
            ["", "", "05", "机关事业单位基本养老保险缴费支出", "3", "30.00"],
        ])
        #expect(layout.roles == [.splitCode(0), .splitCode(1), .splitCode(2), .label, .ignored, .amount])
        #expect(layout.codes(in: layout.groups[0]) == [1: "208", 2: "20805", 3: "2080505"])
    }

    @Test("The side-by-side groups of a 基本支出 table; a 合计 label spanning the next group stays with its own")
    func groups() {
        let layout = Self.layout(ArithmeticCheckerTests.basicExpenditure(personnelTotal: "10.00"))
        #expect(layout.groups.map(\.codeColumns) == [[0], [3], [6]])
        #expect(layout.groups.map(\.amountColumns) == [[2], [5], [8]])
        #expect(layout.label(row: 4, in: layout.groups[1]) == "公用经费合计")
        #expect(layout.label(row: 4, in: layout.groups[2]) == "")
    }
}
