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

    @Test("Dots among a line's characters are no leader to give back")
    func dotsAmongCharacters() {
        let (image, symbols) = Self.page(dpi: 300, dots: 40)
        var over = symbols
        over.append(
            RecognisedSymbol(
                text: "注", box: PixelBox(left: 500, top: 105, right: 550, bottom: 155), line: symbols[0].line,
                confidence: 90))
        let leaders = LeaderDots(in: image, inkCut: 128, dpi: 300)
        #expect(leaders.symbols(besides: over).isEmpty)
    }

    @Test("Three dots are an ellipsis, not a leader")
    func ellipsis() {
        let (image, _) = Self.page(dpi: 300, dots: 3)
        #expect(LeaderDots(in: image, inkCut: 128, dpi: 300).leaders.isEmpty)
    }
}
