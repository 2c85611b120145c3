import PageModel
import Testing

@Suite("Characters a garbled font map gave wrong")
struct MisMappedGlyphsTests {
    /// One line of `text` at 12 pt: ideographs and full-width forms a full em wide, other
    /// characters half, unless `wide` lists them; all in `font` unless `fonts` says otherwise.
    static func line(_ text: String, wide: Set<Int> = [], fonts: [Int: Int] = [:]) -> [Glyph] {
        var x = 72.0
        return text.unicodeScalars.enumerated().map { index, scalar in
            let advance = scalar.isCJK || wide.contains(index) ? 12.0 : 6.0
            defer { x += advance }
            return Glyph(
                scalar: scalar, box: Rect(x0: x, top: 100, x1: x + advance, bottom: 112), font: fonts[index] ?? 0)
        }
    }

    @Test("A full-width Latin character among ideographs of its font is a suspect, and so is a run of them")
    func suspects() {
        // 一般|共服á支出 and 行政Ïá管理, as a re-written ToUnicode map gives 一般公共服务支出 and
        // 行政事务管理.
        #expect(MisMappedGlyphs.indices(in: Self.line("一般|共服á支出", wide: [2, 5])) == [2, 5])
        #expect(MisMappedGlyphs.indices(in: Self.line("行政Ïá管理", wide: [2, 3])) == [2, 3])
    }

    @Test("Half-width digits, letters and punctuation in a CJK font are what they say")
    func halfWidth() {
        #expect(MisMappedGlyphs.indices(in: Self.line("2025年预算Excel表(一)")).isEmpty)
    }

    @Test(
        "Symbols the national character set draws full-width are not suspects",
        arguments: ["“", "—", "·", "×", "°", "α", "※", "℃"] as [Unicode.Scalar])
    func fullWidthSymbols(_ symbol: Unicode.Scalar) {
        #expect(MisMappedGlyphs.indices(in: Self.line("阿卜\(symbol)杜勒", wide: [2])).isEmpty)
    }

    @Test("A wide letter of another font, or a font with too few ideographs to measure, is left alone")
    func otherFont() {
        #expect(MisMappedGlyphs.indices(in: Self.line("预算W支出", wide: [2], fonts: [2: 1])).isEmpty)
        #expect(MisMappedGlyphs.indices(in: Self.line("预|算", wide: [1])).isEmpty)
    }

    @Test("The context of a suspect is it with its neighbours")
    func context() {
        let glyphs = Self.line("一般|共", wide: [2])
        #expect(MisMappedGlyphs.context(of: 2, in: glyphs) == "般|共")
        #expect(MisMappedGlyphs.context(of: 0, in: glyphs) == "一般")
    }
}
