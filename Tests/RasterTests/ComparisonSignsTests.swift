import Raster
import Testing

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
        // A 2 whose thin diagonal lost its foot: the top of its curve, centred, over a bar.
        let cut = Self.read("2") { image in
            Self.bar(&image)
            for y in 16..<19 { for x in 30..<50 { image[x, y] = 10 } }
            for y in 18..<28 { for x in 50..<54 { image[x, y] = 10 } }
            for y in 28..<52 { for x in 0..<4 { image[52 - (y - 28) * 26 / 24 + x - 2, y] = 10 } }
        }
        #expect(cut == "2")
        // A 2 inside a number is a digit, whatever its box holds.
        let (image, sign) = Self.signReadAsTwo()
        let line = PixelBox(left: 0, top: 10, right: 100, bottom: 70)
        let five = RecognisedSymbol(
            text: "5", box: PixelBox(left: 0, top: 15, right: 20, bottom: 65), line: line, confidence: 90)
        #expect(ComparisonSigns.correct([five, sign], in: image, inkCut: 128).map(\.text) == ["5", "2"])
    }

    /// A ≥ drawn in a 60 px line, and the "2" an engine read it as.
    static func signReadAsTwo() -> (GreyImage, RecognisedSymbol) {
        var image = GreyImage(width: 100, height: 80)
        Self.angle(&image, right: true)
        Self.bar(&image)
        let line = PixelBox(left: 0, top: 10, right: 100, bottom: 70)
        return (
            image,
            RecognisedSymbol(
                text: "2", box: PixelBox(left: 20, top: 15, right: 60, bottom: 65), line: line, confidence: 60)
        )
    }

    @Test("An amount's characters keep what they were read as")
    func amountsKeepTheirReading() {
        let (image, two) = Self.signReadAsTwo()
        let symbols = [two]
        #expect(RasterPageReader.tidy(symbols, verticalLines: [], in: image, inkCut: 128).map(\.text) == ["≥"])
        #expect(
            RasterPageReader.tidy(symbols, verticalLines: [], in: image, inkCut: 128, amount: true).map(\.text) == ["2"]
        )
    }
}
