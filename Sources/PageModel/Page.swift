/// Everything read from one page: geometry, characters, rulings and fills. Plain values only,
/// so layout analysis runs without the PDF library.
package struct Page: Sendable {
    /// From 1.
    package var number: Int
    /// Displayed size in points (the crop box with the page's rotation applied).
    package var width: Double
    package var height: Double
    /// Quarter turns the page is displayed with, in degrees.
    package var rotation: Int
    /// The crop box as the file states it (PDF space: bottom-left origin, unrotated).
    package var cropBox: Rect
    /// Printable characters in the text layer's order, normalised; white space left out.
    package var glyphs: [Glyph]
    package var rulings: [Ruling]
    package var fills: [FilledRect]
    /// Raster images drawn on the page.
    package var imageCount: Int
    /// Characters left out because their font maps them to no Unicode text.
    package var unmappedCount: Int
    /// The characters left out for their font's map (unmapped, or mapped to a control
    /// character), where the text layer placed them.
    package var unmappedGlyphs: [UnmappedGlyph] = []
    /// Characters of the text layer that came without a position, so were left out.
    package var unboxedCount: Int
    /// How the page's box was repaired when the file's was unusable (see `PageBox`), else nil.
    package var boxRepair: String?
    /// Set when the glyphs and rulings were recognised from the page's image rather than read
    /// from its text layer and drawings.
    package var ocr: OCRReading?
    /// The read limits this page went past, with what was left out (see `ReadLimits`).
    package var cuts: [PageCut] = []
    /// Content the PDF library did not draw, in words (form XObjects nested past its depth), so
    /// not read; empty when all was drawn.
    package var undrawn: [String] = []
    /// What the PDF library reported while reading the page, nil for nothing.
    package var readerMessages: ReaderMessages?
    /// Characters of a garbled font map read again from the page's image, nil for none.
    package var remapped: RemappedGlyphs?

    package init(
        number: Int, width: Double, height: Double, rotation: Int = 0,
        cropBox: Rect? = nil, glyphs: [Glyph] = [], rulings: [Ruling] = [],
        fills: [FilledRect] = [], imageCount: Int = 0, unmappedCount: Int = 0,
        unboxedCount: Int = 0, boxRepair: String? = nil, ocr: OCRReading? = nil
    ) {
        self.number = number
        self.width = width
        self.height = height
        self.rotation = rotation
        self.cropBox = cropBox ?? Rect(x0: 0, top: 0, x1: width, bottom: height)
        self.glyphs = glyphs
        self.rulings = rulings
        self.fills = fills
        self.imageCount = imageCount
        self.unmappedCount = unmappedCount
        self.unboxedCount = unboxedCount
        self.boxRepair = boxRepair
        self.ocr = ocr
    }
}
