@testable import Layout
import PageModel
import Testing

@Suite("HeadingClassifier")
struct HeadingClassifierTests {
    /// One line per entry, 20 pt apart, each in its font (0 body 10 pt, 1 heading 16 pt), with
    /// enough body lines that the body type is the body's.
    func lines(_ entries: [(String, Int, Double)]) -> [TextLine] {
        var sketch = PageSketch()
        for (index, entry) in entries.enumerated() {
            sketch.text(entry.0, x: entry.2, y: 60 + Double(index) * 20, size: entry.1 == 1 ? 16 : 10, font: entry.1)
        }
        return LineBuilder().lines(from: sketch.glyphs)
    }

    func classifier(_ lines: [TextLine], oneType: Bool) -> HeadingClassifier {
        HeadingClassifier(options: .init(), style: BodyStyle(lines: lines, fonts: PageSketch.fonts), oneType: oneType)
    }

    static let body = "本部门主要职责是贯彻落实党中央关于医疗保障工作的方针政策。"

    @Test("Heading type makes a heading; a sentence or a list item in body type does not")
    func typography() {
        let lines = lines([
            ("一、部门职责", 1, 60), (Self.body, 0, 60), (Self.body, 0, 60), ("1. 参保人数", 0, 60),
            ("部门概况", 1, 60),
        ])
        let headings = classifier(lines, oneType: false)
        #expect(lines.map { headings.level(of: $0, pageWidth: 595) } == [2, nil, nil, nil, 1])
    }

    @Test("In a document set in one type, short 一、 and （一） lines are headings by numbering")
    func oneType() {
        let lines = lines([
            ("一、部门职责", 0, 60), (Self.body, 0, 60), ("（一）机构设置", 0, 60), ("1. 参保人数", 0, 60),
            ("一、本年度收入合计增加的主要原因是参保人数增加。", 0, 60),
        ])
        let headings = classifier(lines, oneType: true)
        #expect(lines.map { headings.level(of: $0, pageWidth: 595) } == [2, nil, 3, nil, nil])
    }

    @Test("A short centred line in body type is a title")
    func centred() {
        let lines = lines([("绩效自评报告", 0, 267.5), (Self.body, 0, 60), (Self.body, 0, 60)])
        #expect(classifier(lines, oneType: false).level(of: lines[0], pageWidth: 595) == 2)
    }

    @Test("A heading running into a sentence is a list paragraph; its wrapped line joins it")
    func wrapping() {
        let lines = lines([("一、部门的主要职责和机构设置以及年度重点工作完成等", 1, 60), ("情况", 1, 60), (Self.body, 0, 60)])
        let headings = classifier(lines, oneType: false)
        #expect(headings.continues(lines[0], with: lines[1], pageWidth: 595))
        #expect(!headings.continues(lines[1], with: lines[2], pageWidth: 595))
        #expect(headings.isParagraph(lines[2]))
        #expect(!headings.isParagraph(lines[0]))
    }

    @Test("A short line in heading type under a short heading is a line of its own, not glued on")
    func notGlued() {
        let lines = lines([("一、部门预算表", 1, 60), ("某某市某某局", 1, 60), (Self.body, 0, 60)])
        #expect(!classifier(lines, oneType: false).continues(lines[0], with: lines[1], pageWidth: 595))
    }

    @Test("A heading split at a wide gap on its baseline is one heading")
    func splitOnItsBaseline() {
        var sketch = PageSketch()
        sketch.text("第一部分", x: 100, y: 60, size: 16, font: 1)
        sketch.text("某某局概况", x: 260, y: 60, size: 16, font: 1)
        sketch.text(Self.body, x: 60, y: 100)
        sketch.text(Self.body, x: 60, y: 120)
        let lines = LineBuilder().lines(from: sketch.glyphs)
        #expect(lines.count == 4, "the wide gap splits the heading's line")
        #expect(classifier(lines, oneType: false).continues(lines[0], with: lines[1], pageWidth: 595))
    }
}
