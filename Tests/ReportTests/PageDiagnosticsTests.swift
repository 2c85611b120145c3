import PageModel
@testable import Gongkai
import Testing

@Suite("PageDiagnostics")
struct PageDiagnosticsTests {
    /// One line at 12 pt: ideographs and full-width forms an em wide, other characters half,
    /// unless `wide` lists them (a garbled map's Latin letters keep their ideograph's width).
    func glyphs(_ text: String, wide: Set<Int> = []) -> [Glyph] {
        var x = 0.0
        return text.unicodeScalars.enumerated().map { index, scalar in
            let advance = scalar.isCJK || wide.contains(index) ? 12.0 : 6.0
            defer { x += advance }
            return Glyph(scalar: scalar, box: Rect(x0: x, top: 100, x1: x + advance, bottom: 112), font: 0)
        }
    }

    @Test("Latin look-alikes between ideographs are reported as a garbled Unicode map")
    func misMappedText() throws {
        let page = Page(number: 3, width: 595, height: 842, glyphs: glyphs("一般|共预算支出ß能分类科目]Ā财政", wide: [2, 8, 14, 15]))
        let diagnostic = try #require(PageDiagnostics.check(page).first)
        #expect(diagnostic.code == .unmappedCharacters)
        #expect(diagnostic.message.contains("4 characters look mis-mapped"))
    }

    @Test("Digits, Latin words and Chinese punctuation beside ideographs are ordinary text")
    func ordinaryMixedText() {
        let page = Page(number: 1, width: 595, height: 842, glyphs: glyphs("2018年A级景区，共3个（含PPP项目）"))
        #expect(PageDiagnostics.check(page).isEmpty)
    }

    @Test("Text without positions is counted in a diagnostic, not dropped silently")
    func charactersWithoutBoxes() throws {
        let page = Page(number: 2, width: 595, height: 842, glyphs: glyphs("正文"), unboxedCount: 7)
        let diagnostic = try #require(PageDiagnostics.check(page).first)
        #expect(diagnostic.code == .charactersWithoutBoxes)
        #expect(diagnostic.message.contains("7 characters"))
    }
}
