import Layout
import Testing

@Suite("HeadingNumbering")
struct HeadingNumberingTests {
    @Test(
        "Each numbering style reads as its level, with the title after it",
        arguments: [
            ("第一部分 部门概况", 1, "第一部分", "部门概况"), ("一、部门职责", 2, "一、", "部门职责"),
            ("（一）机构设置", 3, "（一）", "机构设置"), ("(二)人员情况", 3, "(二)", "人员情况"),
            ("1. 收入情况", 4, "1.", "收入情况"), ("2、支出情况", 4, "2、", "支出情况"),
            ("3．结余情况", 4, "3．", "结余情况"), ("（1）工资福利支出", 5, "（1）", "工资福利支出"),
            ("4．2025年部门财政拨款收支预算总表", 4, "4．", "2025年部门财政拨款收支预算总表"),
        ])
    func levels(line: String, level: Int, numbering: String, title: String) throws {
        let parsed = try #require(HeadingNumbering(parsing: line))
        #expect(parsed.level == level)
        #expect(parsed.text == numbering)
        #expect(parsed.title == title)
    }

    @Test(
        "Amounts, years and plain text are not numbered",
        arguments: [
            "1.5万元用于办公设备购置", "2025年部门预算", "12.30", "部门职责", "123、", "1.2025万元",
        ])
    func notNumbered(line: String) {
        #expect(HeadingNumbering(parsing: line) == nil)
    }
}
