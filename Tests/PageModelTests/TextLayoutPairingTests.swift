import PageModel
import Testing

@Suite("TextLayoutPairing")
struct TextLayoutPairingTests {
    /// Boxes of `count` characters 5 pt wide side by side from `x` on one line.
    func boxes(from x: Double, count: Int, line: Double = 100) -> [Rect] {
        (0..<count).map { Rect(x0: x + 5 * Double($0), top: line, x1: x + 5 * Double($0 + 1), bottom: line + 8) }
    }

    @Test("Left-to-right text takes the boxes in order")
    func leftToRight() {
        let layout = boxes(from: 10, count: 5)
        #expect(TextLayoutPairing.boxIndices(of: Array("ab cd".unicodeScalars), boxes: layout) == [0, 1, 2, 3, 4])
    }

    @Test("Bidi marks take no box, so the characters after them keep theirs")
    func marksTakeNoBox() {
        let text = Array("x\u{202A}12\u{202C}y".unicodeScalars)
        let layout = boxes(from: 10, count: 4)
        #expect(TextLayoutPairing.boxIndices(of: text, boxes: layout) == [0, nil, 1, 2, nil, 3])
    }

    @Test(
        "A right-to-left word gets its boxes from the right, whichever order they were drawn in",
        arguments: [false, true])
    func rightToLeftWord(drawnBackwards: Bool) {
        // אבג in logical order; on the page א is rightmost.
        let text = Array("\u{202B}\u{05D0}\u{05D1}\u{05D2}\u{202C}".unicodeScalars)
        let layout = drawnBackwards ? boxes(from: 10, count: 3).reversed() : boxes(from: 10, count: 3)
        let indices = TextLayoutPairing.boxIndices(of: text, boxes: Array(layout))
        let x = indices.map { $0.map { layout[$0].x0 } }
        #expect(x == [nil, 20, 15, 10, nil])
    }

    @Test("A number inside a right-to-left word reads left to right, at the word's left end")
    func numberInRightToLeftWord() {
        // "אב" then "12" nested left to right: last in logical order, so leftmost, in its own
        // order.
        let text = Array("\u{202B}\u{05D0}\u{05D1}\u{202A}12\u{202C}\u{202C}".unicodeScalars)
        let layout = boxes(from: 10, count: 4)
        let indices = TextLayoutPairing.boxIndices(of: text, boxes: layout)
        let x = indices.map { $0.map { layout[$0].x0 } }
        #expect(x == [nil, 25, 20, nil, 10, 15, nil, nil])
    }

    @Test("Right-to-left words far apart on the line are paired each with its own boxes")
    func separateWords() {
        // Two words, no space between them in the text, drawn at 100 and at 10.
        let text = Array("\u{202B}\u{05D0}\u{05D1}\u{202C}\u{202B}\u{05D2}\u{05D3}\u{202C}".unicodeScalars)
        let layout = boxes(from: 100, count: 2) + boxes(from: 10, count: 2)
        let x = TextLayoutPairing.boxIndices(of: text, boxes: layout).compactMap { $0.map { layout[$0].x0 } }
        #expect(x == [105, 100, 15, 10])
    }
}
