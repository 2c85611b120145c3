/// Gives recognised punctuation the width it is printed in. Tesseract reads ：；（） as their
/// ASCII forms, but Chinese text sets them full-width: the mark sits in a whole character cell,
/// so the next character starts about an em further on, where after a half-width mark it
/// follows closely.
package enum PunctuationWidth {
    /// ASCII marks and their full-width forms.
    static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [
        ",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）",
    ]
    /// A mark is full-width when the next character starts at least this share of the line's
    /// height after the mark's own start (full-width about 0.9, half-width about 0.3).
    package static let fullWidthAdvance = 0.55

    /// Opening brackets an engine mistakes for a round one: 〈 for （.
    static let lookalikeOpenings: Set<Unicode.Scalar> = ["〈", "<"]

    /// `symbols` (in the engine's order) with each ASCII mark that takes a full-width cell in
    /// CJK text replaced by its full-width form. An opening bracket follows its closing one,
    /// and a look-alike opening closed by a round bracket is a round one.
    package static func widen(_ symbols: [RecognisedSymbol]) -> [RecognisedSymbol] {
        var out = symbols
        var openBracket: Int?
        for i in out.indices {
            guard let scalar = single(out[i].text) else { continue }
            if scalar == "(" || lookalikeOpenings.contains(scalar) {
                openBracket = i
                continue
            }
            if scalar == "）", let open = openBracket, out[open].line == out[i].line {
                out[open].text = "（"
                openBracket = nil
                continue
            }
            guard let wide = fullWidth[scalar] else { continue }
            guard isFullWidth(at: i, in: symbols) else {
                if scalar == ")", let open = openBracket, out[open].line == out[i].line { out[open].text = "(" }
                if scalar == ")" { openBracket = nil }
                continue
            }
            out[i].text = String(wide)
            if scalar == ")", let open = openBracket, out[open].line == out[i].line {
                out[open].text = "（"
                openBracket = nil
            }
        }
        return out
    }

    private static func single(_ text: String) -> Unicode.Scalar? {
        let scalars = text.unicodeScalars
        return scalars.count == 1 ? scalars.first : nil
    }

    /// Beside CJK text and followed by a full cell's advance (at a line's end: beside CJK).
    private static func isFullWidth(at i: Int, in symbols: [RecognisedSymbol]) -> Bool {
        let line = symbols[i].line
        let before = i > 0 && symbols[i - 1].line == line ? symbols[i - 1] : nil
        let after = i + 1 < symbols.count && symbols[i + 1].line == line ? symbols[i + 1] : nil
        let besideCJK = [before, after].contains { $0?.text.unicodeScalars.first?.isCJK == true }
        guard besideCJK else { return false }
        guard let after, line.height > 0 else { return true }
        let advance = Double(after.box.left - symbols[i].box.left) / Double(line.height)
        return advance >= fullWidthAdvance
    }
}
