import PageModel

/// Recognised symbols as the text layer's glyphs: points, one glyph per Unicode scalar, white
/// space dropped (Tesseract puts spaces between CJK characters that the print does not have).
public enum RecognisedGlyphs {
    /// Font sizes are rounded to this (pt): line heights of one size vary by a pixel or two.
    public static let sizeStep = 0.5

    /// - fontIndex: the document font-table index for a recognised font of a size in points.
    public static func glyphs(_ symbols: [RecognisedSymbol], pointsPerPixel scale: Double,
                              fontIndex: (Double) -> Int) -> [Glyph] {
        var out: [Glyph] = []
        out.reserveCapacity(symbols.count)
        var fontOfSize: [Double: Int] = [:]
        for symbol in symbols {
            let scalars = symbol.text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                if case .text(let kept) = TextNormalizer.classify(scalar) { return kept }
                return nil
            }
            guard !scalars.isEmpty else { continue }
            let size = max(sizeStep, (Double(symbol.line.height) * scale / sizeStep).rounded() * sizeStep)
            let font = fontOfSize[size] ?? fontIndex(size)
            fontOfSize[size] = font
            // Several scalars in one symbol share its width evenly.
            let step = Double(symbol.box.right - symbol.box.left) / Double(scalars.count)
            for (i, scalar) in scalars.enumerated() {
                let x0 = Double(symbol.box.left) + step * Double(i)
                let box = Rect(x0: x0 * scale, top: Double(symbol.line.top) * scale,
                               x1: (x0 + step) * scale, bottom: Double(symbol.line.bottom) * scale)
                out.append(Glyph(scalar: scalar, box: box, font: font))
            }
        }
        return out
    }
}
