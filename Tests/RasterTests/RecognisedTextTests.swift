import Raster
import Testing

/// A printed line drawn from its characters: each takes a cell (in ems) holding ink over part
/// of it, and the engine's box for it, shifted as an LSTM engine shifts small marks.
struct PrintedLine {
    static let em = 50
    static let line = PixelBox(left: 0, top: 10, right: 2400, bottom: 70)
    var image = GreyImage(width: 2400, height: 80)
    var symbols: [RecognisedSymbol] = []
    var pen = 20

    /// `ink`: where the ink lies across the cell (shares of its width), over `rows` of the line.
    mutating func add(
        _ text: String, cell: Double, ink: ClosedRange<Double>, rows: [Range<Int>] = [20..<62], boxShift: Int = 0
    ) {
        let width = Int(cell * Double(Self.em))
        let left = pen + Int(ink.lowerBound * Double(width)), right = pen + Int(ink.upperBound * Double(width))
        for band in rows { for y in band { for x in left..<max(left + 1, right) { image[x, y] = 20 } } }
        symbols.append(
            RecognisedSymbol(
                text: text, box: PixelBox(left: left + boxShift, top: 20, right: right + boxShift, bottom: 62),
                line: Self.line, confidence: 90))
        pen += width
    }

    /// An ideograph: ink over its whole cell but its side bearings.
    mutating func ideograph(_ text: String) { add(text, cell: 1, ink: 0.06...0.94) }
    /// A digit or letter: half a cell.
    mutating func narrow(_ text: String) { add(text, cell: 0.5, ink: 0.1...0.9, rows: [30..<62]) }
    /// A full-width mark: ink at the cell's `side`, the rest of the cell blank.
    mutating func fullMark(_ text: String, opening: Bool = false, boxShift: Int = 0) {
        add(text, cell: 1, ink: opening ? 0.7...0.85 : 0.1...0.25, rows: [48..<60], boxShift: boxShift)
    }
    /// A half-width mark: ink in the middle of a third of a cell.
    mutating func halfMark(_ text: String, boxShift: Int = 0) {
        add(text, cell: 0.35, ink: 0.35...0.65, rows: [48..<60], boxShift: boxShift)
    }

    var widened: [String] { PunctuationWidth.widen(symbols, in: image, inkCut: 128).map(\.text) }
}

@Suite("Punctuation width")
struct PunctuationWidthTests {
    @Test(
        "A mark in a whole cell between ideographs is full-width, wherever the engine put its box",
        arguments: [0, 15, -15])
    func fullWidth(boxShift: Int) {
        var wide = PrintedLine()
        wide.ideograph("其")
        wide.ideograph("中")
        wide.fullMark(":", boxShift: boxShift)
        wide.ideograph("一")
        #expect(wide.widened == ["其", "中", "：", "一"])
        var narrow = PrintedLine()
        narrow.ideograph("明")
        narrow.halfMark(",", boxShift: boxShift)
        narrow.ideograph("中")
        #expect(narrow.widened == ["明", ",", "中"])
    }

    @Test("Brackets take the width they are printed in, the opening one its closing one's")
    func brackets() {
        var full = PrintedLine()
        full.ideograph("业")
        full.fullMark("(", opening: true)
        full.ideograph("类")
        full.fullMark(")")
        full.ideograph("人")
        #expect(full.widened == ["业", "（", "类", "）", "人"])
        var half = PrintedLine()
        half.ideograph("务")
        half.halfMark("(")
        half.ideograph("类")
        half.halfMark(")")
        half.ideograph("统")
        #expect(half.widened == ["务", "(", "类", ")", "统"])
        // At the line's end the closing bracket has nothing after it; its opening one tells.
        var ending = PrintedLine()
        ending.ideograph("率")
        ending.halfMark("(")
        ending.narrow("%")
        ending.halfMark(")")
        #expect(ending.widened == ["率", "(", "%", ")"])
    }

    @Test("A look-alike opening takes its closing bracket's form, on its line or the next")
    func wrappedLookalike() {
        let next = PixelBox(left: 0, top: 80, right: 2400, bottom: 140)
        let third = PixelBox(left: 0, top: 150, right: 2400, bottom: 210)
        func read(_ texts: [(String, PixelBox)]) -> [String] {
            let symbols = texts.enumerated().map { i, entry in
                RecognisedSymbol(
                    text: entry.0,
                    box: PixelBox(left: 50 * i, top: entry.1.top + 5, right: 50 * i + 45, bottom: entry.1.bottom - 5),
                    line: entry.1, confidence: 90)
            }
            return PunctuationWidth.widen(symbols, in: GreyImage(width: 2400, height: 220), inkCut: 128).map(\.text)
        }
        let line = PrintedLine.line
        #expect(read([("重", line), ("〈", line), ("百", next), ("分", next), ("）", next)]) == ["重", "（", "百", "分", "）"])
        // Two lines on, the closing bracket is another's.
        #expect(
            read([("重", line), ("〈", line), ("百", next), ("分", third), ("）", third)]) == ["重", "〈", "百", "分", "）"])
    }

    @Test(
        "A full stop in a whole cell or at the end of a Chinese line is 。, even between digits and signs; 2. and Latin marks stay"
    )
    func fullStop() {
        var line = PrintedLine()
        for character in ["完", "成", "预", "算"] { line.ideograph(character) }
        line.narrow("%")
        line.fullMark(".")
        line.narrow("2")
        line.halfMark(".")
        line.ideograph("社")
        line.narrow("%")
        line.halfMark(".")
        #expect(line.widened == ["完", "成", "预", "算", "%", "。", "2", ".", "社", "%", "。"])
        var latin = PrintedLine()
        latin.narrow("a")
        latin.fullMark(",")
        latin.narrow("b")
        #expect(latin.widened == ["a", ",", "b"])
        // 1.本表: a point after a digit numbers a list, however much paper follows it.
        var numbered = PrintedLine()
        numbered.ideograph("注")
        numbered.narrow("1")
        numbered.fullMark(".")
        numbered.ideograph("本")
        #expect(numbered.widened == ["注", "1", ".", "本"])
    }
}

@Suite("Bar numerals")
struct BarNumeralsTests {
    @Test("An = beside Chinese text is 二 or 三 by its bars; in Latin text it stays", arguments: [2, 3])
    func bars(count: Int) {
        let rows = [[22..<27, 55..<60], [20..<25, 38..<42, 56..<61]][count - 2]
        var numbering = PrintedLine()
        numbering.fullMark("(", opening: true)
        numbering.add("=", cell: 1, ink: 0.1...0.9, rows: rows)
        numbering.fullMark(")")
        numbering.ideograph("机")
        let read = BarNumerals.correct(numbering.symbols, in: numbering.image, inkCut: 128).map(\.text)
        #expect(read == ["(", count == 2 ? "二" : "三", ")", "机"])
        var header = PrintedLine()
        header.add("-", cell: 1, ink: 0.1...0.9, rows: rows)
        header.ideograph("级")
        #expect(
            BarNumerals.correct(header.symbols, in: header.image, inkCut: 128).map(\.text)[0]
                == (count == 2 ? "二" : "三"))
        // A 一 whose box strayed over the next character's strokes: a second bar and a stroke down.
        var stray = PrintedLine()
        stray.add("一", cell: 1, ink: 0.1...0.9, rows: [40..<45])
        stray.ideograph("档")
        for y in 20..<62 { for x in 60..<64 { stray.image[x, y] = 20 } }
        for y in 25..<29 { for x in 30..<68 { stray.image[x, y] = 20 } }
        #expect(BarNumerals.correct(stray.symbols, in: stray.image, inkCut: 128).map(\.text)[0] == "一")
        // One bar read as a hyphen before an ideograph is 一; after a letter or digit it stays.
        var one = PrintedLine()
        one.add("-", cell: 1, ink: 0.1...0.9, rows: [40..<45])
        one.ideograph("般")
        #expect(BarNumerals.correct(one.symbols, in: one.image, inkCut: 128).map(\.text) == ["一", "般"])
        var code = PrintedLine()
        code.narrow("A")
        code.add("-", cell: 0.5, ink: 0.1...0.9, rows: [40..<45])
        code.ideograph("类")
        #expect(BarNumerals.correct(code.symbols, in: code.image, inkCut: 128).map(\.text) == ["A", "-", "类"])
        var formula = PrintedLine()
        formula.narrow("a")
        formula.add("=", cell: 1, ink: 0.1...0.9, rows: rows)
        formula.narrow("b")
        #expect(BarNumerals.correct(formula.symbols, in: formula.image, inkCut: 128).map(\.text) == ["a", "=", "b"])
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
