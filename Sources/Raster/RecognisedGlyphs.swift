import PageModel

/// Recognised symbols as the text layer's glyphs: points, one glyph per Unicode scalar, white
/// space dropped (Tesseract puts spaces between CJK characters that the print does not have).
public enum RecognisedGlyphs {
    /// Font sizes are rounded to this (pt).
    public static let sizeStep = 0.5
    /// Line heights within this ratio of a size group's smallest are one size: a line's ink is
    /// taller with brackets or descenders than without, but its type is the same, and Layout
    /// reads a change of size as a heading or a new paragraph.
    public static let sameSizeRatio = 1.15

    /// - fontIndex: the document font-table index for a recognised font of a size in points.
    public static func glyphs(_ symbols: [RecognisedSymbol], pointsPerPixel scale: Double,
                              fontIndex: (Double) -> Int) -> [Glyph] {
        var out: [Glyph] = []
        out.reserveCapacity(symbols.count)
        var fontOfSize: [Double: Int] = [:]
        let sizeOfHeight = sizes(symbols.map(\.line.height), pointsPerPixel: scale)
        for symbol in symbols {
            let scalars = symbol.text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                if case .text(let kept) = TextNormalizer.classify(scalar) { return kept }
                return nil
            }
            guard !scalars.isEmpty else { continue }
            let size = sizeOfHeight[symbol.line.height] ?? sizeStep
            let font = fontOfSize[size] ?? fontIndex(size)
            fontOfSize[size] = font
            // Several scalars in one symbol share its width evenly.
            let step = Double(symbol.box.right - symbol.box.left) / Double(scalars.count)
            for (i, scalar) in scalars.enumerated() {
                let x0 = Double(symbol.box.left) + step * Double(i)
                // One height for every glyph of a size, centred on its line, as a font gives.
                let middle = Double(symbol.line.top + symbol.line.bottom) / 2 * scale
                let box = Rect(x0: x0 * scale, top: middle - size / 2,
                               x1: (x0 + step) * scale, bottom: middle + size / 2)
                out.append(Glyph(scalar: scalar, box: box, font: font))
            }
        }
        return out
    }

    /// The font size (pt) of each line height (px): heights grouped from the smallest up while
    /// within `sameSizeRatio` of the group's first, each group sized by its most common height.
    static func sizes(_ heights: [Int], pointsPerPixel scale: Double) -> [Int: Double] {
        var count: [Int: Int] = [:]
        for height in heights where height > 0 { count[height, default: 0] += 1 }
        var out: [Int: Double] = [:]
        var group: [Int] = []
        func close() {
            guard let common = group.max(by: { (count[$0]!, $1) < (count[$1]!, $0) }) else { return }
            let size = max(sizeStep, (Double(common) * scale / sizeStep).rounded() * sizeStep)
            for height in group { out[height] = size }
            group = []
        }
        for height in count.keys.sorted() {
            if let first = group.first, Double(height) > Double(first) * sameSizeRatio { close() }
            group.append(height)
        }
        close()
        return out
    }
}
