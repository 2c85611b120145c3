@testable import Layout
import PageModel
import Testing

/// Synthetic covers: a title in 16 pt (font 1) and labelled lines in 10 pt (font 0), placed
/// line by line; runs of spaces in a string are gaps on the page.
struct CoverSketch {
    var sketch = PageSketch()
    var y = 100.0

    mutating func title(_ text: String) {
        sketch.text(text, x: 100, y: y, size: 16, font: 1)
        y += 30
    }

    mutating func line(_ text: String, x: Double = 100) {
        sketch.text(text, x: x, y: y)
        y += 20
    }

    var lines: [TextLine] { LineBuilder().lines(from: sketch.glyphs) }

    func metadata(
        firstPages: [TextLine] = [], printed: [TextLine] = [],
        info: DocumentInfo = DocumentInfo()
    ) -> DocumentStructure.Metadata {
        CoverReader.read(
            CoverReader.Sources(cover: lines, firstPages: lines + firstPages, printed: printed, info: info),
            fonts: PageSketch.fonts)
    }
}

@Suite("Cover reader")
struct CoverReaderTests {
    @Test(
        "The body comes from a labelled cover line, whatever the label",
        arguments: [
            "预算主管部门：上海市某某区人民政府某某街道办事处", "主管部门：上海市某某区人民政府某某街道办事处",
            "预算单位：上海市某某区人民政府某某街道办事处", "部门：上海市某某区人民政府某某街道办事处",
            "部门名称：上海市某某区人民政府某某街道办事处", "单位名称：上海市某某区人民政府某某街道办事处",
            "单位：上海市某某区人民政府某某街道办事处", "编制单位：上海市某某区人民政府某某街道办事处",
            "填报单位:上海市某某区人民政府某某街道办事处", "单 位：上海市某某区人民政府某某街道办事处",
            "单      位：上海市某某区人民政府某某街道办事处", "单位名称：      上海市某某区人民政府某某街道办事处",
            "预算主管部门 ：上海市某某区人民政府某某街道办事处",
        ])
    func labelled(line: String) {
        var cover = CoverSketch()
        cover.title("上海市某某区2025年区级部门预算")
        cover.line(line)
        let metadata = cover.metadata()
        #expect(metadata.organization == "上海市某某区人民政府某某街道办事处")
        #expect(metadata.title == "上海市某某区2025年区级部门预算")
        #expect(metadata.fiscalYear == 2025)
        #expect(metadata.reportKind == "部门预算")
    }

    @Test("A value set on the line below its label is read")
    func valueOnNextLine() {
        var cover = CoverSketch()
        cover.title("2024年度部门决算")
        cover.line("单位名称：")
        cover.line("某某县教育局")
        #expect(cover.metadata().organization == "某某县教育局")

        var blank = CoverSketch()
        blank.line("单位名称：")
        blank.line("部门决算")
        #expect(LabelledOrganization.find(in: blank.lines).isEmpty)
    }

    @Test(
        "A unit-of-amount line is not a body: the title gives it",
        arguments: [
            "单位：万元", "单 位：元",
            "金额单位：万元", "单位：人民币千元",
        ])
    func unitLine(line: String) {
        var cover = CoverSketch()
        cover.title("上海市某某局2024年度部门决算")
        cover.line(line)
        #expect(cover.metadata().organization == "上海市某某局")
    }

    @Test(
        "A caption line with the body, the year and the unit yields the body alone",
        arguments: [
            "单位名称：某某市医疗保障局      2023年度      单位：万元",
            "单位名称：某某市医疗保障局2023年度单位：万元",
            "部门：某某市医疗保障局 单位：万元",
        ])
    func captionLine(line: String) {
        var cover = CoverSketch()
        cover.line(line)
        #expect(cover.metadata().organization == "某某市医疗保障局")
    }

    @Test("A unit's report names the unit before the department it answers to; a department's report the department")
    func labelOrder() {
        for order in [
            ["单位名称：某某市疾病预防控制中心", "主管部门：某某市卫生健康委员会"],
            ["主管部门：某某市卫生健康委员会", "单位名称：某某市疾病预防控制中心"],
        ] {
            var unit = CoverSketch()
            unit.title("某某市疾病预防控制中心2025年单位预算")
            order.forEach { unit.line($0) }
            #expect(unit.metadata().organization == "某某市疾病预防控制中心")

            var department = CoverSketch()
            department.title("2025年部门预算")
            order.forEach { department.line($0) }
            #expect(department.metadata().organization == "某某市卫生健康委员会")
        }
    }

    @Test(
        "Without a label the title gives the body, the year, level and kind taken off",
        arguments: [
            ("上海市某某局2024年度部门决算", "上海市某某局"),
            ("2023年度四川省某某市医疗保障局决算公开", "四川省某某市医疗保障局"),
            ("2024年度\n某某市医疗保障局\n单位决算", "某某市医疗保障局"),
            ("二〇二五年某某市教育委员会部门预算", "某某市教育委员会"),
            ("某某县农业农村局2025年县级部门预算（草案）", "某某县农业农村局"),
            ("某某市财政局2024年度部门整体支出绩效自评报告", "某某市财政局"),
            ("上海市某某区2025年区级部门预算", "上海市某某区"),
            ("某某市2024年市本级部门决算", "某某市"),
            ("某某局2024年度部门决算报告", "某某局"),
        ])
    func titleStripped(title: String, organization: String) {
        var cover = CoverSketch()
        for part in title.split(separator: "\n") { cover.title(String(part)) }
        cover.line("公开时间：2025年1月20日")
        #expect(cover.metadata().organization == organization)
    }

    @Test(
        "What is left of a title is never a year or a level alone",
        arguments: [
            "2025年市级单位预算", "二〇二四年度部门决算", "25年预算",
        ])
    func nothingLeft(title: String) {
        #expect(TitleOrganization.organization(in: title, kinds: CoverReader.reportKinds) == nil)
    }

    @Test("A place left of a government-wide title gives way to a labelled line anywhere on the first pages")
    func placeGivesWay() {
        var cover = CoverSketch()
        cover.title("上海市某某区2025年区级部门预算")
        var table = CoverSketch()
        table.line("部门：上海市某某区商务委员会                单位：万元")
        #expect(TitleOrganization.isPlaceName("上海市某某区"))
        #expect(cover.metadata(printed: table.lines).organization == "上海市某某区商务委员会")
        #expect(cover.metadata().organization == "上海市某某区")
    }

    @Test("The file's author or information title names the body only when it is a body's name")
    func author() {
        var cover = CoverSketch()
        cover.title("2025年部门预算")
        #expect(cover.metadata(info: DocumentInfo(author: "某某市统计局")).organization == "某某市统计局")
        #expect(cover.metadata(info: DocumentInfo(author: "Administrator")).organization == nil)
        #expect(cover.metadata(info: DocumentInfo(author: "王小明")).organization == nil)
        #expect(cover.metadata(info: DocumentInfo(author: "二〇二五年预算")).organization == nil)
        #expect(cover.metadata(info: DocumentInfo(title: "2025年某某市统计局部门预算")).organization == "某某市统计局")
        #expect(cover.metadata(info: DocumentInfo(title: "附件2：预算主管部门公开样张")).organization == nil)
    }

    @Test(
        "Years in Arabic, full-width and Chinese numerals; dates and amounts are not years",
        arguments: [
            ("2025年部门预算", 2025), ("２０２４年度部门决算", 2024), ("二〇一八年部门预算", 2018),
            ("二○二五年度", 2025), ("二零二三年", 2023), ("2024 年度部门决算", 2024), ("表一2025年收支总表", 2025),
            ("公开时间：2024年9月25日", nil), ("二〇二四年九月", nil), ("12025年", nil), ("1234年", nil), ("部门预算", nil),
        ] as [(String, Int?)])
    func years(text: String, year: Int?) {
        #expect(YearMention.fiscalYear(in: text) == year)
    }

    @Test("Without a year on the cover, a table caption gives it, ahead of dates and other years")
    func yearFromCaption() {
        var cover = CoverSketch()
        cover.title("某某市某某局部门预算")
        cover.line("公开时间：2019年2月1日")
        var page = CoverSketch()
        page.line("本部门2017年成立")
        page.line("2018年度收支预算总表")
        #expect(cover.metadata(firstPages: page.lines).fiscalYear == 2018)
        #expect(cover.metadata(info: DocumentInfo(title: "二〇一八年部门预算")).fiscalYear == 2018)
    }

    @Test("Title lines join without letter spacing between Chinese characters, with spaces between Latin words")
    func titleSpacing() {
        var chinese = CoverSketch()
        chinese.title("上海市 XX 局")
        chinese.title("2024 年度部门决算")
        #expect(chinese.metadata().title == "上海市XX局2024年度部门决算")
        #expect(chinese.metadata().organization == "上海市XX局")
        var english = CoverSketch()
        english.title("Arrests by Sex")
        english.title("and Age")
        #expect(english.metadata().title == "Arrests by Sex and Age")
    }

    @Test("A body printed unlabelled under a title that names none is the organization")
    func unlabelledBodyLine() {
        var cover = CoverSketch()
        cover.title("2025年部门预算")
        cover.line("上海市某某区市场监督管理局")
        cover.line("二〇二五年二月")
        #expect(cover.metadata().organization == "上海市某某区市场监督管理局")
        #expect(!BodyName.isBodyName("二〇二五年二月"))
        #expect(!BodyName.isBodyName("部门预算"))
    }

    @Test("A note between label and colon (编制单位（盖章）：) is passed over")
    func signerNote() {
        var cover = CoverSketch()
        cover.title("2024年度部门决算")
        cover.line("编制单位（盖章）：某某县水利局")
        #expect(cover.metadata().organization == "某某县水利局")
    }

    @Test("A labelled line in the title's type ends the title; a draft's kind is still read")
    func labelledLineInTitleType() {
        var cover = CoverSketch()
        cover.title("2025年部门预算（草案）")
        cover.title("编制单位：某某县水利局")
        let metadata = cover.metadata()
        #expect(metadata.title == "2025年部门预算（草案）")
        #expect(metadata.reportKind == "部门预算")
        #expect(metadata.organization == "某某县水利局")
    }

    @Test("A labelled value that runs into a year stops before it")
    func valueBeforeYear() {
        #expect(LabelledOrganization.find(in: CoverSketch.one("编制单位：某某市某某局2023年度")).map(\.name) == ["某某市某某局"])
        #expect(LabelledOrganization.find(in: CoverSketch.one("单位：2023年")).isEmpty)
        #expect(LabelledOrganization.find(in: CoverSketch.one("本部门：负责全市统计工作")).isEmpty)
        #expect(LabelledOrganization.find(in: CoverSketch.one("主要职能：负责全市统计工作，组织实施")).isEmpty)
        #expect(LabelledOrganization.find(in: CoverSketch.one("单位：万元 部门：某某市统计局")).map(\.name) == ["某某市统计局"])
        #expect(LabelledOrganization.find(in: CoverSketch.one("主管部门及代码：某某局 123001")).map(\.name) == ["某某局"])
        #expect(LabelledOrganization.find(in: CoverSketch.one("单位名称：某某局（盖章）")).map(\.name) == ["某某局"])
    }
}

extension CoverSketch {
    static func one(_ text: String) -> [TextLine] {
        var cover = CoverSketch()
        cover.line(text)
        return cover.lines
    }
}
