import PageModel
import Testing

@Suite("TextNormalizer")
struct TextNormalizerTests {
    @Test(
        "Kangxi radicals become the ideographs they stand for",
        arguments: [
            ("\u{2F00}", "一"),  // ⼀ KANGXI RADICAL ONE
            ("\u{2F40}", "支"),  // ⽀ KANGXI RADICAL BRANCH
        ] as [(Unicode.Scalar, Unicode.Scalar)])
    func kangxiRadical(radical: Unicode.Scalar, ideograph: Unicode.Scalar) {
        #expect(TextNormalizer.classify(radical) == .text(ideograph))
    }

    @Test("A CJK Radicals Supplement character maps through the radical table")
    func radicalsSupplement() {
        // U+2EA0 CJK RADICAL CIVILIAN → U+6C11 民 (EquivalentUnifiedIdeograph.txt).
        #expect(TextNormalizer.classify("\u{2EA0}") == .text("\u{6C11}"))
    }

    @Test("Full-width punctuation and digits are printed on purpose and kept")
    func fullWidthFormsUnchanged() {
        let printed = "（一）１２３，："
        for scalar in printed.unicodeScalars {
            #expect(TextNormalizer.classify(scalar) == .text(scalar))
        }
        #expect(TextNormalizer.normalize(printed) == printed)
    }

    @Test(
        "Private-use and replacement characters are unmapped",
        arguments: [
            "\u{E000}", "\u{F8FF}", "\u{FFFD}", "\u{F0000}",
        ] as [Unicode.Scalar])
    func unmapped(scalar: Unicode.Scalar) {
        #expect(TextNormalizer.classify(scalar) == .unmapped)
    }

    @Test(
        "White space and control characters are spaces",
        arguments: [
            " ", "\u{3000}", "\t", "\n", "\r", "\u{00A0}", "\u{0007}",
        ] as [Unicode.Scalar])
    func spaces(scalar: Unicode.Scalar) {
        #expect(TextNormalizer.classify(scalar) == .space)
    }

    @Test("Ordinary characters pass through", arguments: ["一", "支", "A", "9", "%", "。"] as [Unicode.Scalar])
    func ordinary(scalar: Unicode.Scalar) {
        #expect(TextNormalizer.classify(scalar) == .text(scalar))
    }

    @Test("normalize maps radicals, keeps spaces and drops unmapped characters")
    func normalizeString() {
        #expect(TextNormalizer.normalize("本年\u{2F40}出 \u{E000}\u{2F00}般\u{FFFD}") == "本年支出 一般")
    }

    @Test(
        "Bidi embedding, override, isolate and direction marks carry no text",
        arguments: [
            "\u{202A}", "\u{202B}", "\u{202C}", "\u{202E}", "\u{2067}", "\u{200F}",
        ] as [Unicode.Scalar])
    func bidiControlsAreDropped(mark: Unicode.Scalar) {
        #expect(TextNormalizer.classify(mark) == .space)
        #expect(TextNormalizer.normalize("Jeremy\(Character(mark)) in Arabic") == "Jeremy in Arabic")
    }
}
