/// One character of the text layer with its box and font.
package struct Glyph: Sendable, Hashable {
    package var scalar: Unicode.Scalar
    package var box: Rect
    /// Index into the document's font table.
    package var font: Int

    package init(scalar: Unicode.Scalar, box: Rect, font: Int) {
        self.scalar = scalar
        self.box = box
        self.font = font
    }

    /// CJK ideographs and full-width forms: text in which no spaces separate words.
    package var isCJK: Bool { scalar.isCJK }
}

extension Unicode.Scalar {
    /// Ideographs, CJK punctuation and full-width forms: scripts written without spaces.
    package var isCJK: Bool {
        switch value {
        case 0x2E80...0x2FDF, 0x3000...0x303F, 0x3040...0x30FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF,
            0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }
}
