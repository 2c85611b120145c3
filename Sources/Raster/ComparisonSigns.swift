/// Reads ≥ and ≤ that an engine took for ">", "<" or "2" (≥90% came out as 290%, ≥249 as
/// >249: every target of a scorecard). The ink tells them apart: the sign is an angle over a
/// separate flat bar, where a 2's foot is joined to its curve and > has no bar.
package enum ComparisonSigns {
    /// What an engine reads for ≥ or ≤.
    static let misreadings: Set<String> = [">", "<", "2", "≥", "≤"]
    /// A bar is at least this many times as wide as it is tall.
    static let barAspect = 2.5

    /// `symbols` with each misread sign replaced by ≥ or ≤, judged in `image` (ink darker than
    /// `inkCut`) over the symbol's width and its line's height.
    package static func correct(_ symbols: [RecognisedSymbol], in image: GreyImage, inkCut: UInt8)
        -> [RecognisedSymbol]
    {
        var out = symbols
        for i in symbols.indices where misreadings.contains(symbols[i].text) && !followsNumber(i, symbols) {
            let symbol = symbols[i]
            let box = PixelBox(
                left: symbol.box.left, top: min(symbol.line.top, symbol.box.top), right: symbol.box.right,
                bottom: max(symbol.line.bottom, symbol.box.bottom))
            if let sign = sign(in: image, box: box, inkCut: inkCut) { out[i].text = sign }
        }
        return out
    }

    /// A sign stands before a number, never inside one: the 2 of 52.16 (its box over the
    /// point below) is a digit.
    private static func followsNumber(_ i: Int, _ symbols: [RecognisedSymbol]) -> Bool {
        guard i > 0, symbols[i - 1].line == symbols[i].line, let previous = symbols[i - 1].text.unicodeScalars.last
        else { return false }
        return previous.properties.numericType != nil || previous == "." || previous == ","
    }

    /// "≥" or "≤" when the ink in `box` is an angle over a bar, nil otherwise.
    static func sign(in image: GreyImage, box: PixelBox, inkCut: UInt8) -> String? {
        let crop = image.cropped(box, margin: 1)
        // Specks of a pixel or two are noise, not strokes.
        let pieces = LeaderDots.components(in: crop.image, inkCut: inkCut).filter {
            ($0.right - $0.left) * $0.height > 4
        }
        guard pieces.count == 2 else { return nil }
        let (angle, bar) = pieces[0].top < pieces[1].top ? (pieces[0], pieces[1]) : (pieces[1], pieces[0])
        let barWidth = Double(bar.right - bar.left), angleWidth = Double(angle.right - angle.left)
        guard bar.top >= angle.bottom - 1, barWidth >= barAspect * Double(bar.height),
            angle.height >= 2 * bar.height, barWidth >= 0.6 * angleWidth
        else { return nil }
        // The angle's point: where its middle row's ink lies, right (>) or left (<) of centre;
        // its arms start at the other side. A 2 whose foot blur or a thin stroke cut off starts
        // with the top of its curve, over the centre.
        let centre = Double(angle.left + angle.right) / 2, offCentre = Self.armOffCentre * angleWidth
        let middle = (angle.top + angle.bottom) / 2
        let armRows = max(1, angle.height / 8)
        guard let point = inkCentre(crop.image, rows: middle..<(middle + 1), in: angle, inkCut: inkCut),
            let arms = inkCentre(crop.image, rows: angle.top..<(angle.top + armRows), in: angle, inkCut: inkCut),
            abs(point - centre) >= offCentre, abs(arms - centre) >= offCentre, (point > centre) != (arms > centre)
        else { return nil }
        return point > centre ? "≥" : "≤"
    }

    /// How far from the angle's centre, as a share of its width, the ink of its point and of
    /// its arms' ends lies at least.
    static let armOffCentre = 0.15

    /// The mean x of the ink of `rows` within `piece`'s columns, nil where there is none.
    private static func inkCentre(_ image: GreyImage, rows: Range<Int>, in piece: PixelBox, inkCut: UInt8) -> Double? {
        let inked = rows.flatMap { y in (piece.left..<piece.right).filter { image[$0, y] <= inkCut } }
        return inked.isEmpty ? nil : Double(inked.reduce(0, +)) / Double(inked.count)
    }
}
