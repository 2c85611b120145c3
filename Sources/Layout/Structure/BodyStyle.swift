import PageModel

/// The type body text is set in: the font (name and size) that carries the most characters.
/// Headings in these reports differ from it by family (黑体/楷体 against 仿宋), size or weight.
struct BodyStyle {
    let fonts: [Font]
    let bodyFont: Font?

    init(lines: [TextLine], fonts: [Font]) {
        self.fonts = fonts
        var counts: [Int: Int] = [:]
        for line in lines {
            for glyph in line.glyphs where glyph.isCJK { counts[glyph.font, default: 0] += 1 }
        }
        let top = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
        bodyFont = top.flatMap { fonts.indices.contains($0) ? fonts[$0] : nil }
    }

    var bodySize: Double { bodyFont?.size ?? 0 }

    func font(of line: TextLine) -> Font? {
        // Judge by the CJK characters: digits and Latin letters often come from another font,
        // and a run-in bold term (一、财政拨款收入：) does not make a body line a heading.
        var counts: [Int: Int] = [:]
        for glyph in line.glyphs where glyph.isCJK { counts[glyph.font, default: 0] += 1 }
        let index = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? line.font
        return fonts.indices.contains(index) ? fonts[index] : nil
    }

    func size(of line: TextLine) -> Double { font(of: line)?.size ?? line.height }

    func isBody(_ line: TextLine) -> Bool {
        guard let body = bodyFont, let font = font(of: line) else { return true }
        return font.name == body.name && abs(font.size - body.size) <= 0.5 && font.isBold == body.isBold
    }

    func sameType(_ a: TextLine, as b: TextLine) -> Bool {
        font(of: a) == font(of: b)
    }
}
