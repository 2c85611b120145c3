import Raster
import Testing

@Suite("Lost colons")
struct LostColonsTests {
    /// "1" (its stem drawn, its box running on to 44) and "参" read on a 40 px line, with `draw`
    /// putting ink between them; `first` instead of "1" if given.
    static func read(first: String = "1", next: String = "参", _ draw: (inout GreyImage) -> Void) -> [String] {
        var image = GreyImage(width: 120, height: 60)
        for y in 18..<46 { for x in 26..<30 { image[x, y] = 30 } }
        draw(&image)
        let line = PixelBox(left: 10, top: 10, right: 110, bottom: 50)
        let symbols = [
            RecognisedSymbol(
                text: first, box: PixelBox(left: 20, top: 18, right: 44, bottom: 46), line: line, confidence: 95),
            RecognisedSymbol(
                text: next, box: PixelBox(left: 50, top: 12, right: 88, bottom: 48), line: line, confidence: 90),
        ]
        return LostColons.restore(symbols, in: image, inkCut: 128).map(\.text)
    }

    static func dot(_ image: inout GreyImage, top: Int) {
        for y in top..<top + 5 { for x in 41..<46 { image[x, y] = 30 } }
    }

    @Test("Two dots one over the other between two characters are a colon; one dot, a stroke or paper are not")
    func colon() {
        #expect(
            Self.read { image in
                Self.dot(&image, top: 24)
                Self.dot(&image, top: 40)
            } == ["1", ":", "参"])
        #expect(Self.read { _ in } == ["1", "参"])
        // Between two digits (4,6 20,000 on a grey scan) no colon is looked for.
        #expect(
            Self.read(next: "2") { image in
                Self.dot(&image, top: 24)
                Self.dot(&image, top: 40)
            } == ["1", "2"])
        // After an ideograph, two dots are its own (冫, 以), not a colon.
        #expect(
            Self.read(first: "以") { image in
                Self.dot(&image, top: 24)
                Self.dot(&image, top: 40)
            } == ["以", "参"])
        #expect(Self.read { Self.dot(&$0, top: 40) } == ["1", "参"])
        // A full stroke (part of a character the engine's boxes missed) is no colon.
        #expect(Self.read { image in for y in 14..<46 { for x in 41..<45 { image[x, y] = 30 } } } == ["1", "参"])
        // Two dots side by side (a stray ‥) are no colon either.
        #expect(
            Self.read { image in
                for y in 40..<45 { for x in 38..<42 { image[x, y] = 30 } }
                for y in 40..<45 { for x in 44..<48 { image[x, y] = 30 } }
            } == ["1", "参"])
    }
}
