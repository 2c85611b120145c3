@testable import Layout
import Testing

@Suite("CaptionLine")
struct CaptionLineTests {
    @Test("A numbered table name is a title; its number is set apart")
    func numberedTitle() {
        let line = CaptionLine("一、2018年度部门收支预算总表")
        #expect(line.numbering == "一、")
        #expect(line.title == "2018年度部门收支预算总表")
        #expect(CaptionLine("（三）一般公共预算支出表").title == "一般公共预算支出表")
        #expect(CaptionLine("3. 政府性基金预算支出表（续）").title == "政府性基金预算支出表（续）")
    }

    @Test("A numbered line that names no table keeps its number: it is a heading")
    func numberedHeading() {
        let line = CaptionLine("一、部门职责")
        #expect(line.numbering == nil)
        #expect(line.title == "一、部门职责")
    }

    @Test(
        "Form code before or after the name, with any separator",
        arguments: [
            ("公开01表：收支预算总表", "公开01表"), ("公开01表 收支预算总表", "公开01表"),
            ("财决公开01表收支预算总表", "财决公开01表"), ("表一 收支预算总表", "表一"),
            ("附表2-1：收支预算总表", "附表2-1"), ("公开表一：收支预算总表", "公开表一"),
            ("收支预算总表（公开01表）", "公开01表"), ("收支预算总表 表1", "表1"),
        ])
    func formCode(text: String, code: String) {
        let line = CaptionLine(text)
        #expect(line.formCode == code)
        #expect(line.title == "收支预算总表")
    }

    @Test("A form code alone is no title; a name that only starts with 表 is no form code")
    func formCodeAlone() {
        #expect(CaptionLine("财决公开01表").isMetaOnly)
        #expect(CaptionLine("财决公开01表").formCode == "财决公开01表")
        let name = CaptionLine("表彰奖励经费情况表")
        #expect(name.formCode == nil)
        #expect(name.title == "表彰奖励经费情况表")
    }

    @Test(
        "Labelled fields anywhere on a line, in any order, spaced or bracketed",
        arguments: [
            ("部门：某某局　　单位：万元", "部门：某某局", "单位：万元"),
            ("单位：万元 部门：某某局", "部门：某某局", "单位：万元"),
            ("编制单位（盖章）：某某局 金额单位：元", "编制单位（盖章）：某某局", "金额单位：元"),
            ("部 门：某某局 单 位：万元", "部 门：某某局", "单 位：万元"),
            ("预算主管部门:某某局", "预算主管部门:某某局", nil),
            ("单位：某某局", "单位：某某局", nil),
        ])
    func fields(text: String, organization: String, unit: String?) {
        let line = CaptionLine(text)
        #expect(line.organization == organization)
        #expect(line.unit == unit)
        #expect(line.isMetaOnly)
    }

    @Test("Brackets and periods are meta, not titles")
    func subtitleAndPeriod() {
        #expect(CaptionLine("（2024年度）").subtitle == "（2024年度）")
        #expect(CaptionLine("2023年度").isPeriod)
        #expect(CaptionLine("2023年度").isMetaOnly)
    }
}
