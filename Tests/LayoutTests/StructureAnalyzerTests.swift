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
