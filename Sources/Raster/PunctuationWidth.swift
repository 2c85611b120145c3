/// Gives recognised punctuation the width it is printed in. Tesseract reads ：；（） as their
/// ASCII forms, but Chinese text sets them full-width: the mark sits in a whole character cell,
/// half of it blank, where a half-width mark leaves no more than a letter's side bearings.
///
/// The blank is measured in the ink, not from the engine's boxes: an LSTM engine places the
/// boxes of small marks a third of an em off (a comma's box often holds the next character's
/// left stroke), while the paper between two ideographs' centres is plain to see. On 200 dpi
/// scans the widest blank run there was 0.12–0.30 em beside a half-width mark and 0.68–1.2 em
/// beside a full-width one.
package enum PunctuationWidth {
    /// ASCII marks and their full-width forms. A full stop in a whole cell of Chinese text is
    /// 。 (engines read its small ring as "." or ","), not the rare full-width ．.
    static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [
        ",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）", ".": "。",
    ]
    /// A mark is full-width when the paper between its neighbours' centres holds a blank
    /// column run at least this share of the line's em.
    package static let fullWidthBlank = 0.5

    /// Opening brackets an engine mistakes for a round one: 〈 for （.
    static let lookalikeOpenings: Set<Unicode.Scalar> = ["〈", "<"]

    /// `symbols` (in the engine's order) with each ASCII mark that takes a full-width cell in
    /// CJK text replaced by its full-width form; `image` is what the engine read, ink darker
    /// than `inkCut`. An opening bracket follows its closing one, and a look-alike opening
    /// closed by a round bracket is a round one.
    package static func widen(_ symbols: [RecognisedSymbol], in image: GreyImage, inkCut: UInt8)
        -> [RecognisedSymbol]
    {
        let measure = Measure(symbols: symbols, image: image, inkCut: inkCut)
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
            // A point after a digit numbers a list or splits a decimal (1.本表, 2.5), whatever
            // the blank after it: a half-width point leaves most of its cell empty.
            if scalar == ".", i > 0, out[i - 1].line == out[i].line,
                out[i - 1].text.unicodeScalars.last?.properties.numericType != nil
            {
                continue
            }
            // A closing bracket ending its line has nothing after it to measure by: its opening
            // one, between two characters, tells the pair's width.
            let pairedOpen = scalar == ")" ? openBracket.flatMap { out[$0].line == out[i].line ? $0 : nil } : nil
            let endsLine = i + 1 == symbols.count || symbols[i + 1].line != symbols[i].line
            let judged = endsLine && pairedOpen != nil ? pairedOpen! : i
            guard measure.isFullWidth(at: judged) else {
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
        pairLookalikes(&out)
        return out
    }

    /// A look-alike opening left as read takes the form of the closing bracket after it, when
    /// that comes on its line or the next: a cell's text wraps inside brackets (权重〈百分制）
    /// over two lines of a narrow header cell).
    static func pairLookalikes(_ symbols: inout [RecognisedSymbol]) {
        for open in symbols.indices {
            guard let scalar = single(symbols[open].text), lookalikeOpenings.contains(scalar) else { continue }
            var lines = [symbols[open].line]
            for i in (open + 1)..<symbols.count {
                if symbols[i].line != lines.last! { lines.append(symbols[i].line) }
                guard lines.count <= 2 else { break }
                let text = symbols[i].text
                if text == "(" || text == "（" || single(text).map(lookalikeOpenings.contains) == true { break }
                if text == ")" || text == "）" {
                    symbols[open].text = text == "）" ? "（" : "("
                    break
                }
            }
        }
    }

    private static func single(_ text: String) -> Unicode.Scalar? {
        let scalars = text.unicodeScalars
        return scalars.count == 1 ? scalars.first : nil
    }

    /// What decides a mark's width: its neighbours and the paper between them.
    private struct Measure {
        let symbols: [RecognisedSymbol]
        let image: GreyImage
        let inkCut: UInt8
        let ems: [PixelBox: Double]
        /// Lines with more ideographs than Latin letters: Chinese text, even where a mark
        /// stands between digits (100%。2.).
        let chineseLines: Set<PixelBox>

        init(symbols: [RecognisedSymbol], image: GreyImage, inkCut: UInt8) {
            self.symbols = symbols
            self.image = image
            self.inkCut = inkCut
            ems = LineTypeSize.emPixels(symbols)
            var tally: [PixelBox: Int] = [:]
            for symbol in symbols {
                guard let first = symbol.text.unicodeScalars.first else { continue }
                if first.properties.isIdeographic {
                    tally[symbol.line, default: 0] += 1
                } else if first.isASCII && first.properties.isAlphabetic {
                    tally[symbol.line, default: 0] -= 1
                }
            }
            chineseLines = Set(tally.filter { $0.value > 0 }.keys)
        }

        /// In Chinese text (an ideograph beside it, or a line mostly of ideographs) and with a
        /// full cell's blank between its neighbours, or at either end of the line.
        func isFullWidth(at i: Int) -> Bool {
            let line = symbols[i].line
            let before = i > 0 && symbols[i - 1].line == line ? symbols[i - 1] : nil
            let after = i + 1 < symbols.count && symbols[i + 1].line == line ? symbols[i + 1] : nil
            let besideCJK = [before, after].contains { $0?.text.unicodeScalars.first?.isCJK == true }
            guard besideCJK || chineseLines.contains(line) else { return false }
            // At a line's end nothing follows to measure by; there the mark ends a clause.
            guard let before, let after else { return true }
            let em = ems[line] ?? Double(line.height)
            let from = (before.box.left + before.box.right) / 2, to = (after.box.left + after.box.right) / 2
            guard em > 0, to > from else { return besideCJK }
            return Double(widestBlank(columns: from..<to, rows: line.top..<line.bottom)) >= fullWidthBlank * em
        }

        /// The longest run of columns in `columns` with no ink in `rows`.
        func widestBlank(columns: Range<Int>, rows: Range<Int>) -> Int {
            let columns = max(0, columns.lowerBound)..<min(image.width, max(columns.lowerBound, columns.upperBound))
            let rows = max(0, rows.lowerBound)..<min(image.height, max(rows.lowerBound, rows.upperBound))
            var widest = 0, run = 0
            image.pixels.withUnsafeBufferPointer { pixels in
                for x in columns {
                    let inked = rows.contains { pixels[$0 * image.width + x] <= inkCut }
                    run = inked ? 0 : run + 1
                    widest = max(widest, run)
                }
            }
            return widest
        }
    }
}
