/// A text recogniser: a grey page image in, its characters with boxes and confidences out.
/// Tesseract is one; another (PP-OCR through ONNX Runtime) can stand beside it without Layout
/// noticing, since both end as the same glyphs.
public protocol RecognitionEngine {
    /// Engine and languages, for the page's diagnostic (e.g. "tesseract chi_sim+eng").
    var description: String { get }

    /// Every recognised symbol in reading order; `dpi` is the image's resolution.
    func recognise(_ image: GreyImage, dpi: Double) throws -> [RecognisedSymbol]
}

/// A box in image pixels, origin top-left, right and bottom exclusive.
public struct PixelBox: Sendable, Hashable {
    public var left: Int
    public var top: Int
    public var right: Int
    public var bottom: Int

    public init(left: Int, top: Int, right: Int, bottom: Int) {
        self.left = left
        self.top = top
        self.right = right
        self.bottom = bottom
    }

    public var height: Int { bottom - top }
}

/// One character (or a few, for a ligature) as an engine read it.
public struct RecognisedSymbol: Sendable, Hashable {
    public var text: String
    public var box: PixelBox
    /// The text line the symbol belongs to: glyphs take their height from it, as a text layer's
    /// characters take theirs from the font rather than from the ink (一 is as tall as 田).
    public var line: PixelBox
    /// 0…100.
    public var confidence: Double

    public init(text: String, box: PixelBox, line: PixelBox, confidence: Double) {
        self.text = text
        self.box = box
        self.line = line
        self.confidence = confidence
    }
}
