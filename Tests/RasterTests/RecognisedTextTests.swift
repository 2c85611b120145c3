import Raster
import Testing

@Suite("Punctuation width")
struct PunctuationWidthTests {
    static let line = PixelBox(left: 0, top: 0, right: 2000, bottom: 60)

    /// Symbols laid out from their left edges, each `width` wide.
    static func symbols(_ items: [(String, Int)], width: Int = 40) -> [RecognisedSymbol] {
        items.map { text, left in
            RecognisedSymbol(
                text: text, box: PixelBox(left: left, top: 5, right: left + width, bottom: 55),
                line: line, confidence: 90)
        }
    }

    @Test(
        "A mark in a whole cell between ideographs is full-width; a narrow one before digits is not",
        arguments: [60, 80])
    func colon(lineHeight: Int) {
        let em = lineHeight * 4 / 5
        // 其中：一  (the colon's cell is an em wide) and 说明:1 (the 1 follows at a third of an em).
        let wide = Self.symbols([("其", 0), ("中", em), (":", 2 * em), ("一", 3 * em)])
        let narrow = Self.symbols([("明", 0), (":", em), ("1", em + em / 3)])
        let line = PixelBox(left: 0, top: 0, right: 2000, bottom: lineHeight)
        let relined = { (s: [RecognisedSymbol]) in
            s.map {
                var x = $0
                x.line = line
                return x
            }
        }
        #expect(PunctuationWidth.widen(relined(wide)).map(\.text) == ["其", "中", "：", "一"])
        #expect(PunctuationWidth.widen(relined(narrow)).map(\.text) == ["明", ":", "1"])
    }

    @Test("An opening bracket takes the width of its closing one; marks in Latin text stay")
    func brackets() {
        let cjk = Self.symbols([("(", 0), ("一", 30), (")", 80), ("机", 130)])
        #expect(PunctuationWidth.widen(cjk).map(\.text) == ["（", "一", "）", "机"])
        let latin = Self.symbols([("a", 0), (",", 45), ("b", 130)])
        #expect(PunctuationWidth.widen(latin).map(\.text) == ["a", ",", "b"])
    }
}

@Suite("Line type size")
struct LineTypeSizeTests {
    @Test("A line's em comes from its characters' ink, not from a tall bracket in its box")
    func em() {
        let line = PixelBox(left: 0, top: 0, right: 500, bottom: 90)
        let digits = PixelBox(left: 0, top: 200, right: 500, bottom: 240)
        func symbol(_ text: String, height: Int, in box: PixelBox) -> RecognisedSymbol {
            RecognisedSymbol(
                text: text, box: PixelBox(left: 0, top: box.top, right: 10, bottom: box.top + height),
                line: box, confidence: 90)
        }
        let symbols = [
            symbol("（", height: 88, in: line), symbol("一", height: 10, in: line),
            symbol("机", height: 56, in: line), symbol("构", height: 57, in: line),
            symbol("组", height: 56, in: line), symbol("1", height: 42, in: digits),
            symbol("2", height: 42, in: digits),
        ]
        let ems = LineTypeSize.emPixels(symbols)
        #expect(abs(ems[line]! - 56 / LineTypeSize.ideographShare) < 1.5)
        #expect(abs(ems[digits]! - 42 / LineTypeSize.alphanumericShare) < 0.5)
    }
}

@Suite("Stroke weight")
struct StrokeWeightTests {
    /// A page of text lines drawn as rows of "characters" (a box outline with a cross, the
    /// way an ideograph is strokes), each line with its own stroke width.
    static func page(strokes: [Int], em: Int, grey: UInt8) -> (GreyImage, [RecognisedSymbol]) {
        var image = GreyImage(width: 20 * em, height: (strokes.count + 1) * 2 * em)
        var symbols: [RecognisedSymbol] = []
        for (row, stroke) in strokes.enumerated() {
            let top = (2 * row + 1) * em
            let line = PixelBox(left: em, top: top, right: 19 * em, bottom: top + em)
            for character in 0..<16 {
                let left = em + character * em + em / 10, size = em * 8 / 10
                func fill(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int) {
                    for y in y0..<y1 { for x in x0..<x1 { image[x, y] = grey } }
                }
                fill(left, top, left + size, top + stroke)
                fill(left, top + size - stroke, left + size, top + size)
                fill(left, top, left + stroke, top + size)
                fill(left + size - stroke, top, left + size, top + size)
                fill(left + size / 2 - stroke / 2, top, left + size / 2 + (stroke + 1) / 2, top + size)
                symbols.append(
                    RecognisedSymbol(
                        text: "田", box: PixelBox(left: left, top: top, right: left + size, bottom: top + size),
                        line: line, confidence: 90))
            }
        }
        return (image, symbols)
    }

    @Test(
        "Lines in heavier strokes than the page's usual are heavy, at any size and ink",
        arguments: [(40, UInt8(0)), (60, UInt8(60)), (90, UInt8(110))])
    func heavy(em: Int, grey: UInt8) {
        let thin = max(2, em / 20), thick = thin * 3 / 2 + 1
        let strokes = [thin, thin, thick, thin, thin, thick * 2]
        let (image, symbols) = Self.page(strokes: strokes, em: em, grey: grey)
        let lines = Array(Set(symbols.map(\.line))).sorted { $0.top < $1.top }
        let ems = Dictionary(uniqueKeysWithValues: lines.map { ($0, Double(em)) })
        let heavy = StrokeWeight.heavyLines(symbols, emPixels: ems, in: image)
        #expect(lines.map { heavy.contains($0) } == strokes.map { $0 > thin })
    }
}
