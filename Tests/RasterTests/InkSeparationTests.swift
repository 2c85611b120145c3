import Raster
import Testing

@Suite("Ink separation")
struct InkSeparationTests {
    @Test(
        "Seal red becomes paper; black, grey and black seen through the seal stay dark",
        arguments: [(UInt8(220), UInt8(40), 0.67), (UInt8(200), UInt8(20), 0.8)])
    func sealRed(red: UInt8, rest: UInt8, opacity: Double) {
        // The seal's translucent colour laid over paper (mostly), over black text and over grey.
        func over(_ under: Double, _ share: Double = 1) -> [UInt8] {
            let alpha = opacity * share
            return [Double(red), Double(rest), Double(rest) + 10].map {
                UInt8((alpha * $0 + (1 - alpha) * under).rounded())
            }
        }
        let seal =
            Array(repeating: over(255), count: 40) + Array(repeating: over(0), count: 4)
            + Array(repeating: over(255, 0.5), count: 10)
        let colours: [[UInt8]] =
            seal + [
                over(0),  // black text under the seal
                over(128),  // grey under the seal
                over(0, 0.5),  // black under the seal's faint edge
                [0, 0, 0],  // black text
                [128, 128, 128],  // grey
                [255, 255, 255],  // paper
            ]
        let grey = InkSeparation.grey(RGBImage(width: colours.count, height: 1, pixels: colours.flatMap { $0 }))
        let paper = Array(grey.pixels[0..<40]) + Array(grey.pixels[44..<54])
        #expect(paper.allSatisfy { $0 > 230 }, "\(paper)")
        let tail = Array(grey.pixels[54...])
        #expect(tail[0] < 30, "black under the seal: \(tail[0])")
        #expect(abs(Int(tail[1]) - 128) < 30, "grey under the seal: \(tail[1])")
        #expect(tail[2] < 60, "black under the seal's edge: \(tail[2])")
        #expect(tail[3] == 0 && tail[4] == 128 && tail[5] == 255)
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
        RecognisedSymbol(
            text: text, box: PixelBox(left: left, top: 2, right: right, bottom: 18),
            line: line, confidence: 90)
    }

    @Test("A box running over the next character and an erased border is cut at both")
    func cut() {
        // "64一" with a cell border at x = 40 between "4" and "一" (as Tesseract boxed it).
        let symbols = [Self.symbol("6", 4, 19), Self.symbol("4", 20, 81), Self.symbol("一", 57, 84)]
        let border = RasterLine(
            orientation: .vertical, runs: (0..<20).map { RasterLine.Run(across: 40, from: $0, to: $0 + 1) })
        let tidy = SymbolBoxTidier.tidy(symbols, verticalLines: [border])
        #expect(tidy.map(\.box.left) == [4, 20, 57])
        #expect(tidy.map(\.box.right) == [19, 40, 84])
    }
}
