/// Characters a font's Unicode map got wrong, told by their shape in the text layer: a
/// half-width character (a Latin letter, a digit, ASCII punctuation) that takes an
/// ideograph's full advance, in the font of the ideographs beside it. A re-writing program that garbles a CJK
/// font's ToUnicode ranges gives exactly these (一般|共, ß能, 编v单位, 、 as 1), while a CJK font's
/// own Latin letters and digits are half as wide, and a Latin font's are not among its
/// ideographs.
package enum MisMappedGlyphs {
    /// The indices of `glyphs` (in reading order) whose characters cannot be what is drawn.
    package static func indices(in glyphs: [Glyph]) -> [Int] {
        let advance = ideographAdvance(glyphs)
        let wide = glyphs.map { halfWidth($0.scalar) && isFullWidth($0.box, font: $0.font, advance: advance) }
        // A wide character beside an ideograph of its font, then beside such a character (事务
        // mapped as Ïá): a run of them is garbled as a whole. An ideograph can only stand at a
        // run's ends, so one sweep each way reaches every member, in linear time.
        var suspect = [Bool](repeating: false, count: glyphs.count)
        func beside(_ index: Int, _ near: Int) -> Bool {
            glyphs.indices.contains(near) && glyphs[near].font == glyphs[index].font
                && (glyphs[near].scalar.properties.isIdeographic || suspect[near])
                && glyphs[near].box.verticalOverlap(glyphs[index].box) > 0.5 * glyphs[index].box.height
        }
        for index in glyphs.indices where wide[index] && beside(index, index - 1) { suspect[index] = true }
        for index in glyphs.indices.reversed() where wide[index] && beside(index, index + 1) { suspect[index] = true }
        return glyphs.indices.filter { suspect[$0] }
    }

    /// Whether a character of `font` in `box` takes at least `fullWidth` of the font's ideograph
    /// advance (`advance`, as `ideographAdvance` gives it); false in a font with too few
    /// ideographs to tell.
    package static func isFullWidth(_ box: Rect, font: Int, advance: [Int: Double]) -> Bool {
        advance[font].map { box.width >= fullWidth * $0 } ?? false
    }

    /// The character at `index` with its neighbours, to show in a message ("般|共").
    package static func context(of index: Int, in glyphs: [Glyph]) -> String {
        String(String.UnicodeScalarView(glyphs[max(0, index - 1)...min(glyphs.count - 1, index + 1)].map(\.scalar)))
    }

    /// Whether a CJK font draws `scalar` half-width, so that a full-width glyph cannot be it:
    /// ASCII, Latin letters and their marks. The symbols, Greek and Cyrillic letters, quotes,
    /// dashes and signs of the Chinese national character set (§ ° ± · × ÷ α “ — ※ ℃ № ①) are
    /// drawn full-width in such fonts, and print so in real reports.
    static func halfWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x7E: true
        case 0xA4, 0xA7, 0xA8, 0xB0, 0xB1, 0xB7, 0xD7, 0xF7: false
        case 0xA1...0x24F: true
        case 0x2C7, 0x2C9...0x2CB, 0x2D9: false
        case 0x250...0x2FF: true
        default: false
        }
    }

    /// Fewer than this on a page may be genuine (a wide symbol set in a CJK font).
    package static let minimumPerPage = 3

    /// Share of an ideograph's advance from which a character counts as full-width.
    static let fullWidth = 0.9

    /// The median advance of each font's ideographs, for fonts with at least three of them.
    package static func ideographAdvance(_ glyphs: [Glyph]) -> [Int: Double] {
        var widths: [Int: [Double]] = [:]
        for glyph in glyphs where glyph.scalar.properties.isIdeographic {
            widths[glyph.font, default: []].append(glyph.box.width)
        }
        return widths.filter { $0.value.count >= 3 }.mapValues { $0.sorted()[$0.count / 2] }
    }
}
