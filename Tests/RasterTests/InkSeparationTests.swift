import Raster
import Testing

@Suite("Ink separation")
struct InkSeparationTests {
    @Test("Seal red becomes paper; black, grey and black seen through the seal stay")
    func sealRed() {
        let colours: [[UInt8]] = [
            [220, 40, 50],   // seal ink
            [245, 150, 150], // pale seal ink
            [0, 0, 0],       // black text
            [100, 20, 20],   // black text under the seal, tinted red
            [128, 128, 128], // grey
            [255, 255, 255], // paper
        ]
        let grey = InkSeparation.grey(RGBImage(width: colours.count, height: 1, pixels: colours.flatMap { $0 }))
        #expect(grey.pixels[0] == 255 && grey.pixels[1] == 255)
        #expect(grey.pixels[2] == 0 && grey.pixels[3] == 100)
        #expect(grey.pixels[4] == 128 && grey.pixels[5] == 255)
    }

    @Test("Otsu's threshold falls between ink and paper")
    func otsu() {
        let pixels = [UInt8](repeating: 30, count: 100) + [UInt8](repeating: 220, count: 300)
        let image = GreyImage(width: 400, height: 1, pixels: pixels)
        let threshold = InkSeparation.otsuThreshold(image)
        #expect(threshold >= 30 && threshold < 220)
        #expect(InkSeparation.binarise(image).ink.reduce(0) { $0 + Int($1) } == 100)
    }
}

@Suite("Symbol boxes")
struct SymbolBoxTidierTests {
    static let line = PixelBox(left: 0, top: 0, right: 400, bottom: 20)

    static func symbol(_ text: String, _ left: Int, _ right: Int) -> RecognisedSymbol {
        RecognisedSymbol(text: text, box: PixelBox(left: left, top: 2, right: right, bottom: 18),
                         line: line, confidence: 90)
    }

    @Test("A box running over the next character and an erased border is cut at both")
    func cut() {
        // "64一" with a cell border at x = 40 between "4" and "一" (as Tesseract boxed it).
        let symbols = [Self.symbol("6", 4, 19), Self.symbol("4", 20, 81), Self.symbol("一", 57, 84)]
        let border = RasterLine(orientation: .vertical, runs: (0..<20).map { RasterLine.Run(across: 40, from: $0, to: $0 + 1) })
        let tidy = SymbolBoxTidier.tidy(symbols, verticalLines: [border])
        #expect(tidy.map(\.box.left) == [4, 20, 57])
        #expect(tidy.map(\.box.right) == [19, 40, 84])
    }
}
