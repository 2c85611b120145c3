import Raster
import Testing

/// An engine that reads every region as `answer`, one 100 px ideograph after another.
private final class TitleReader: RecognitionEngine {
    var description: String { "title" }
    let answer: String
    let confidence: Double
    var asked: [RecognitionRegion] = []

    init(answer: String, confidence: Double = 90) {
        self.answer = answer
        self.confidence = confidence
    }

    func recognise(_ image: GreyImage, dpi: Double) throws -> [RecognisedSymbol] { [] }

    func recognise(_ image: GreyImage, dpi: Double, regions: [RecognitionRegion]) throws -> [[RecognisedSymbol]] {
        asked += regions
        return regions.map { region in
            let line = PixelBox(left: region.box.left + 10, top: region.box.top + 10, right: 1600, bottom: 200)
            return answer.enumerated().map { i, character in
                RecognisedSymbol(
                    text: String(character),
                    box: PixelBox(left: 1100 + 100 * i, top: 110, right: 1190 + 100 * i, bottom: 196), line: line,
                    confidence: confidence)
            }
        }
    }
}

@Suite("Large type read line by line")
struct LargeTypeLinesTests {
    /// A title in 93 px ideographs (a 100 px em) read with fragments of its characters, some
    /// on a line of their own over it, above three lines of 40 px body text.
    static func page() -> [RecognisedSymbol] {
        let title = PixelBox(left: 1100, top: 105, right: 1600, bottom: 200)
        let fragments = PixelBox(left: 1180, top: 120, right: 1300, bottom: 190)
        var symbols = ["收", "入", "决", "算", "表"].enumerated().map { i, text in
            RecognisedSymbol(
                text: text, box: PixelBox(left: 1100 + 100 * i, top: 105, right: 1193 + 100 * i, bottom: 198),
                line: title, confidence: 95)
        }
        symbols.insert(
            RecognisedSymbol(
                text: "N", box: PixelBox(left: 1180, top: 120, right: 1200, bottom: 150), line: fragments,
                confidence: 80), at: 1)
        symbols.insert(
            RecognisedSymbol(
                text: "示", box: PixelBox(left: 1210, top: 120, right: 1290, bottom: 190), line: fragments,
                confidence: 80), at: 2)
        for row in 0..<3 {
            let line = PixelBox(left: 200, top: 400 + 60 * row, right: 1400, bottom: 440 + 60 * row)
            symbols += (0..<20).map { i in
                RecognisedSymbol(
                    text: "文",
                    box: PixelBox(left: 200 + 40 * i, top: 401 + 60 * row, right: 237 + 40 * i, bottom: 438 + 60 * row),
                    line: line, confidence: 90)
            }
        }
        return symbols
    }

    @Test("A title's line is read once more on its own, its fragments and their line with it; body text is not")
    func title() throws {
        let engine = TitleReader(answer: "收入决算表")
        let read = try LargeTypeLines.reread(
            Self.page(), in: GreyImage(width: 2000, height: 1000), dpi: 300, engine: engine)
        #expect(engine.asked.count == 1)
        #expect(engine.asked.first?.layout == .line)
        #expect(read.prefix(5).map(\.text).joined() == "收入决算表")
        #expect(read.count == 5 + 60)
        #expect(read.dropFirst(5).allSatisfy { $0.text == "文" })
    }

    @Test("A reading without ideographs or with low confidence leaves the line as it was")
    func unsure() throws {
        for engine in [TitleReader(answer: "ABC"), TitleReader(answer: "收入决算表", confidence: 40)] {
            let read = try LargeTypeLines.reread(
                Self.page(), in: GreyImage(width: 2000, height: 1000), dpi: 300, engine: engine)
            #expect(read == Self.page())
        }
    }
}
