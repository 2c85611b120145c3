import PageModel

/// Recognised symbols as the text layer's glyphs: points, one glyph per Unicode scalar, white
/// space dropped (Tesseract puts spaces between CJK characters that the print does not have).
package enum RecognisedGlyphs {
    /// Font sizes are rounded to this (pt).
    package static let sizeStep = 0.5
    /// Line ems within this ratio of a size group's smallest are one size: the estimate varies
    /// a little from line to line, but the type is the same, and Layout reads a change of size
    /// as a heading or a new paragraph.
    package static let sameSizeRatio = 1.15

    /// - lineSizes: each line box's font size in points (`lineSizes(_:emPixels:pointsPerPixel:)`).
    /// - heavyLines: the line boxes whose print is heavy (黑体 or bold, as headings are set).
    /// - fontIndex: the document font-table index for a recognised font of a size in points,
    ///   heavy or not.
    package static func glyphs(
        _ symbols: [RecognisedSymbol], pointsPerPixel scale: Double,
        lineSizes: [PixelBox: Double], heavyLines: Set<PixelBox> = [],
        fontIndex: (Double, Bool) -> Int
    ) -> [Glyph] {
        var out: [Glyph] = []
        out.reserveCapacity(symbols.count)
        var fontOfType: [FontKey: Int] = [:]
        for symbol in symbols {
            let scalars = symbol.text.unicodeScalars.compactMap { scalar -> Unicode.Scalar? in
                if case .text(let kept) = TextNormalizer.classify(scalar) { return kept }
                return nil
            }
            guard !scalars.isEmpty else { continue }
            let size = lineSizes[symbol.line] ?? sizeStep
            let heavy = heavyLines.contains(symbol.line)
            let key = FontKey(size: size, heavy: heavy)
            let font = fontOfType[key] ?? fontIndex(size, heavy)
            fontOfType[key] = font
            // Several scalars in one symbol share its width evenly.
            let step = Double(symbol.box.right - symbol.box.left) / Double(scalars.count)
            for (i, scalar) in scalars.enumerated() {
                let x0 = Double(symbol.box.left) + step * Double(i)
                // One height for every glyph of a size, centred on its line, as a font gives.
                let middle = Double(symbol.line.top + symbol.line.bottom) / 2 * scale
                let box = Rect(
                    x0: x0 * scale, top: middle - size / 2,
                    x1: (x0 + step) * scale, bottom: middle + size / 2)
                out.append(Glyph(scalar: scalar, box: box, font: font))
            }
        }
        return out
    }

    private struct FontKey: Hashable {
        var size: Double
        var heavy: Bool
    }

    /// The font size (pt) of each line box of `symbols`, from its em in pixels (`LineTypeSize`).
    package static func lineSizes(
        _ symbols: [RecognisedSymbol], emPixels: [PixelBox: Double],
        pointsPerPixel scale: Double
    ) -> [PixelBox: Double] {
        func em(_ line: PixelBox) -> Int { Int((emPixels[line] ?? Double(line.height)).rounded()) }
        let sizeOfEm = sizes(symbols.map { em($0.line) }, pointsPerPixel: scale)
        var out: [PixelBox: Double] = [:]
        for symbol in symbols { out[symbol.line] = sizeOfEm[em(symbol.line)] ?? sizeStep }
        return out
    }

    /// The font size (pt) of each line em (px): ems grouped from the smallest up while
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
