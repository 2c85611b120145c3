import Raster
import Testing

@Suite("Leader dots")
struct LeaderDotsTests {
    /// A contents line at `dpi`: a "title" (solid ideograph blocks), a leader of `dots` dots,
    /// a page number; and below it a line of text with a full stop and an ellipsis.
    static func page(dpi: Double, dots: Int) -> (GreyImage, [RecognisedSymbol]) {
        let scale = dpi / 300
        func px(_ value: Double) -> Int { Int((value * scale).rounded()) }
        var image = GreyImage(width: px(2400), height: px(400))
        func fill(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int) {
            for y in y0..<y1 { for x in x0..<x1 { image[x, y] = 30 } }
        }
        let line = PixelBox(left: px(100), top: px(100), right: px(2200), bottom: px(160))
        var symbols: [RecognisedSymbol] = []
        for i in 0..<4 {
            let left = px(100) + i * px(50)
            fill(left + px(3), px(105), left + px(47), px(155))
            symbols.append(
                RecognisedSymbol(
                    text: "附", box: PixelBox(left: left, top: px(105), right: left + px(50), bottom: px(155)),
                    line: line,
                    confidence: 90))
        }
        for i in 0..<dots { fill(px(320) + i * px(17), px(148), px(320) + i * px(17) + px(5), px(153)) }
        // The next line: 。 made of a dot, and an ellipsis … of three.
        for i in 0..<3 { fill(px(100) + i * px(17), px(298), px(100) + i * px(17) + px(5), px(303)) }
        fill(px(200), px(250), px(240), px(300))
        return (image, symbols)
    }

    @Test(
        "A row of dots on a text line is a leader, taken out and given back as full stops", arguments: [200.0, 300.0])
    func leader(dpi: Double) {
        var (image, symbols) = Self.page(dpi: dpi, dots: 40)
        let leaders = LeaderDots(in: image, inkCut: 128, dpi: dpi)
        #expect(leaders.leaders.map(\.count) == [40])
        leaders.erase(from: &image)
        #expect(LeaderDots(in: image, inkCut: 128, dpi: dpi).leaders.isEmpty)
        let given = leaders.symbols(besides: symbols)
        #expect(given.count == 40 && given.allSatisfy { $0.text == "." && $0.line.top == symbols[0].line.top })
        // The ideographs and the text below are untouched.
        #expect(image[Int(dpi / 300 * 125), Int(dpi / 300 * 130)] < 128)
        #expect(image[Int(dpi / 300 * 220), Int(dpi / 300 * 280)] < 128)
    }

    @Test("Three dots are an ellipsis, not a leader")
    func ellipsis() {
        let (image, _) = Self.page(dpi: 300, dots: 3)
        #expect(LeaderDots(in: image, inkCut: 128, dpi: 300).leaders.isEmpty)
    }
}

@Suite("Comparison signs")
struct ComparisonSignsTests {
    /// A symbol read as `text` over ink drawn by `draw` in a 60 px line.
    static func read(_ text: String, draw: (inout GreyImage) -> Void) -> String {
        var image = GreyImage(width: 100, height: 80)
        draw(&image)
        let line = PixelBox(left: 0, top: 10, right: 100, bottom: 70)
        let symbol = RecognisedSymbol(
            text: text, box: PixelBox(left: 20, top: 15, right: 60, bottom: 65), line: line, confidence: 60)
        return ComparisonSigns.correct([symbol], in: image, inkCut: 128)[0].text
    }

    /// An angle from (24, 18) to its point and back to (24, 50), pointing right or left.
    static func angle(_ image: inout GreyImage, right: Bool) {
        for step in 0...16 {
            let x = right ? 24 + 2 * step : 56 - 2 * step
            for y in [18 + step, 50 - step] { for dx in 0..<4 { for dy in 0..<3 { image[x + dx - 2, y + dy] = 10 } } }
        }
    }

    static func bar(_ image: inout GreyImage) {
        for y in 56..<60 { for x in 22..<58 { image[x, y] = 10 } }
    }

    @Test("An angle over a separate bar is ≥ or ≤; a 2 (its foot joined) and a bare > stay")
    func signs() {
        #expect(
            Self.read("2") {
                Self.angle(&$0, right: true)
                Self.bar(&$0)
            } == "≥")
        #expect(
            Self.read(">") {
                Self.angle(&$0, right: true)
                Self.bar(&$0)
            } == "≥")
        #expect(
            Self.read("<") {
                Self.angle(&$0, right: false)
                Self.bar(&$0)
            } == "≤")
        #expect(Self.read(">") { Self.angle(&$0, right: true) } == ">")
        // A 2: a hook down to its foot, all one stroke.
        let two = Self.read("2") { image in
            Self.bar(&image)
            for y in 18..<58 { for x in 24..<28 { image[x + (58 - y) * 3 / 4, y] = 10 } }
        }
        #expect(two == "2")
    }
}
