@testable import Layout
import PageModel
import Testing

@Suite("StructureAnalyzer")
struct StructureAnalyzerTests {
    /// A body page (no cover: too much text): the given heading-type lines between paragraphs of body text.
    func page(headingTypeLines: [String]) -> Page {
        var sketch = PageSketch()
        var y = 80.0
        for line in headingTypeLines {
            sketch.text(line, x: 60, y: y, size: 16, font: 1)
            y += 30
            // Enough body text that the page is no cover.
            for _ in 0..<3 {
                sketch.text("本部门主要职责是贯彻落实党中央关于医疗保障工作的方针政策和决策部署，", x: 60, y: y)
                y += 14
            }
            y += 16
        }
        return sketch.page
    }

    @Test("A unit line, a reporting body, a form code or a page number in heading type is no heading")
    func captionLeftoversAreNoHeadings() {
        let analyzer = StructureAnalyzer()
        let lines = ["一、部门职责", "单位：万元", "部门名称：某某局", "财决公开01表", "12", "二、机构设置"]
        let structure = analyzer.analyze(pages: [page(headingTypeLines: lines)], fonts: PageSketch.fonts, excluded: [:])
        #expect(structure.headings.map(\.title) == ["部门职责", "机构设置"])
    }
}

@Suite("StructureAnalyzer stages")
struct StructureStageTests {
    @Test("A paragraph that runs to the foot of a page continues on the next; an indented line starts one")
    func paragraphsAcrossPages() {
        var first = PageSketch(number: 1), second = PageSketch(number: 2)
        // Full lines from the left margin to the right edge (24 ideographs × 10 pt).
        let full = String(repeating: "预算执行情况良好", count: 3)
        for row in 0..<30 { first.text(full, x: 60, y: 100 + Double(row) * 14) }
        second.text("收支平衡。", x: 60, y: 100)
        second.text("　　" + full, x: 60, y: 114)
        second.text("下一段结束。", x: 60, y: 128)
        let structure = StructureAnalyzer().analyze(
            pages: [first.page, second.page], fonts: PageSketch.fonts, excluded: [:])
        #expect(structure.paragraphs.count == 2)
        #expect(structure.paragraphs.first?.text.hasSuffix("收支平衡。") == true)
        #expect(structure.paragraphs.first?.page == 1)
    }

    @Test("Options reach their stages: a stricter cover threshold turns a short first page into body")
    func optionsReachStages() {
        var sketch = PageSketch()
        sketch.text("2024年度某某局部门决算", x: 150, y: 200, size: 16, font: 1)
        sketch.text("编制单位：某某市某某局", x: 60, y: 300)
        sketch.text("二〇二五年六月二十日发布", x: 60, y: 320)
        var options = StructureAnalyzer.Options()
        #expect(
            StructureAnalyzer(options: options).analyze(pages: [sketch.page], fonts: PageSketch.fonts, excluded: [:])
                .headings.isEmpty, "a cover's title is metadata, not a heading")
        options.maxCoverCharacters = 5
        let structure = StructureAnalyzer(options: options).analyze(
            pages: [sketch.page], fonts: PageSketch.fonts, excluded: [:])
        #expect(structure.headings.map(\.title) == ["2024年度某某局部门决算"])
    }
}
