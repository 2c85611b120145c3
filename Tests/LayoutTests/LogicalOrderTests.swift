import PageModel
import Testing

@testable import Layout

@Suite("LogicalOrder")
struct LogicalOrderTests {
    /// A line of characters in the order they stand on the page, left to right, a space where a
    /// gap is (each character 5 pt wide, a space 4 pt of gap).
    func line(_ visual: String) -> TextLine {
        var glyphs: [Glyph] = []
        var x = 10.0
        for scalar in visual.unicodeScalars {
            if scalar == " " {
                x += 4
                continue
            }
            glyphs.append(Glyph(scalar: scalar, box: Rect(x0: x, top: 100, x1: x + 5, bottom: 108), font: 0))
            x += 5
        }
        return TextLine(glyphs: glyphs, spaceGap: 0.2)
    }

    @Test("A Hebrew line reads from the right")
    func hebrew() {
        // שלום עולם as printed: the last letter of the last word leftmost.
        #expect(line("םלוע םולש").text == "שלום עולם")
    }

    @Test("Numbers and Latin words in a right-to-left line keep their own order")
    func embeddedLeftToRight() {
        // "הסך 12.5 ועוד Jeremy" printed right to left.
        #expect(line("Jeremy דועו 12.5 ךסה").text == "הסך 12.5 ועוד Jeremy")
    }

    @Test("Two numbers side by side in a right-to-left line are two runs")
    func twoNumbers() {
        #expect(line("2.3 1.9 ךס").text == "סך 1.9 2.3")
    }

    @Test("A Hebrew word in a Latin line is turned in place")
    func rightToLeftInLeftToRight() {
        #expect(line("the word םולש means peace").text == "the word שלום means peace")
    }

    @Test("Text without right-to-left letters is left as it is")
    func leftToRightUnchanged() {
        #expect(line("Total 12.5 (net)").text == "Total 12.5 (net)")
        #expect(line("合计 12.5").text == "合计12.5")
    }
}
