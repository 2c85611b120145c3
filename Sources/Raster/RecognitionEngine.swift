/// A text recogniser: a grey page image in, its characters with boxes and confidences out.
/// Tesseract is one; another (PP-OCR through ONNX Runtime) can stand beside it without Layout
/// noticing, since both end as the same glyphs.
package protocol RecognitionEngine {
    /// Engine and languages, for the page's diagnostic (e.g. "tesseract chi_sim+eng").
    var description: String { get }

    /// Every recognised symbol in reading order; `dpi` is the image's resolution.
    func recognise(_ image: GreyImage, dpi: Double) throws -> [RecognisedSymbol]

    /// The symbols of each region of `image` read on its own (boxes in the image's pixels),
    /// in the order of `regions`.
    func recognise(_ image: GreyImage, dpi: Double, regions: [RecognitionRegion]) throws -> [[RecognisedSymbol]]
}

/// A part of a page to read on its own, as a table cell: what it holds is known, so the
/// engine need not find the layout and may be told which characters can occur.
package struct RecognitionRegion: Sendable, Hashable {
    package enum Layout: Sendable, Hashable {
        /// One line of text.
        case line
        /// Lines of text in one block.
        case block
    }

    package var box: PixelBox
    package var layout: Layout
    /// The only characters the region can hold (an amount column's digits and separators);
    /// nil for any.
    package var allowedCharacters: String?
    /// Characters the region cannot hold (Latin letters where an ideograph was misread); nil
    /// for none.
    package var forbiddenCharacters: String?

    package init(box: PixelBox, layout: Layout, allowedCharacters: String? = nil, forbiddenCharacters: String? = nil) {
        self.box = box
        self.layout = layout
        self.allowedCharacters = allowedCharacters
        self.forbiddenCharacters = forbiddenCharacters
    }
}

/// A box in image pixels, origin top-left, right and bottom exclusive.
package struct PixelBox: Sendable, Hashable {
    package var left: Int
    package var top: Int
    package var right: Int
    package var bottom: Int

    package init(left: Int, top: Int, right: Int, bottom: Int) {
        self.left = left
        self.top = top
        self.right = right
        self.bottom = bottom
    }

    package var height: Int { bottom - top }

    package func offset(x: Int, y: Int) -> PixelBox {
        PixelBox(left: left + x, top: top + y, right: right + x, bottom: bottom + y)
    }

    /// The smallest box holding both.
    func union(_ other: PixelBox) -> PixelBox {
        PixelBox(
            left: min(left, other.left), top: min(top, other.top), right: max(right, other.right),
            bottom: max(bottom, other.bottom))
    }

    /// Whether the two share a pixel.
    func meets(_ other: PixelBox) -> Bool {
        left < other.right && other.left < right && top < other.bottom && other.top < bottom
    }

    func contains(x: Int, y: Int) -> Bool { x >= left && x < right && y >= top && y < bottom }
}

/// One character (or a few, for a ligature) as an engine read it.
package struct RecognisedSymbol: Sendable, Hashable {
    package var text: String
    package var box: PixelBox
    /// The text line the symbol belongs to: glyphs take their height from it, as a text layer's
    /// characters take theirs from the font rather than from the ink (一 is as tall as 田).
    package var line: PixelBox
    /// 0…100.
    package var confidence: Double

    package init(text: String, box: PixelBox, line: PixelBox, confidence: Double) {
        self.text = text
        self.box = box
        self.line = line
        self.confidence = confidence
    }

    /// The same symbol in a larger image where this one's origin lies at (`x`, `y`).
    package func offset(x: Int, y: Int) -> RecognisedSymbol {
        RecognisedSymbol(text: text, box: box.offset(x: x, y: y), line: line.offset(x: x, y: y), confidence: confidence)
    }
}
