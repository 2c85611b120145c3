/// The type size of recognised text lines, from the ink of their characters. A line's box
/// grows with what it holds (brackets, a degree sign, a descender), and the grouping of body
/// lines into one font broke on it: 74–89 px boxes for one 15 pt body across two pages. An
/// ideograph's ink fills nearly its em square and a digit's about 0.7 of it, whatever the line.
package enum LineTypeSize {
    /// Ink height over the em, for ideographs and for digits and Latin letters.
    package static let ideographShare = 0.93
    package static let alphanumericShare = 0.70

    /// The em in pixels of each line box of `symbols`: the median of its characters' estimates
    /// (0.8 of the line box where it holds no ideograph, digit or letter).
    package static func emPixels(_ symbols: [RecognisedSymbol]) -> [PixelBox: Double] {
        var estimates: [PixelBox: [Double]] = [:]
        for symbol in symbols {
            estimates[symbol.line, default: []] += estimate(symbol).map { [$0] } ?? []
        }
        return estimates.reduce(into: [:]) { out, entry in
            let sorted = entry.value.sorted()
            out[entry.key] = sorted.isEmpty ? 0.8 * Double(entry.key.height) : sorted[sorted.count / 2]
        }
    }

    private static func estimate(_ symbol: RecognisedSymbol) -> Double? {
        guard symbol.box.height > 0, let first = symbol.text.unicodeScalars.first,
            symbol.text.unicodeScalars.count == 1
        else { return nil }
        let properties = first.properties
        if properties.isIdeographic { return Double(symbol.box.height) / ideographShare }
        if properties.numericType != nil || properties.isAlphabetic {
            return Double(symbol.box.height) / alphanumericShare
        }
        return nil
    }
}
