/// Gives back the colons an engine passes over. After a numeral Tesseract drops a half-width
/// colon now and then (指标1:参保人数 read as 指标1参保人数, so a scorecard's indicator lost its
/// name), the numeral's box running over it; its two dots are still there in the ink between
/// the numeral and the next character. Digits have no dots, so none of a numeral's ink is
/// taken for a colon.
package enum LostColons {
    /// Each dot is at most this share of the line's em wide and tall.
    static let maxDotShare = 0.3
    /// The dots stand at least this share of the em apart, one over the other.
    static let minGapShare = 0.15

    /// `symbols` (in the engine's order) with a ":" put between a digit and an ideograph where
    /// the ink from the digit's box to the ideograph's on its line in `image` (darker than
    /// `inkCut`) holds two dots, one over the other, clear of the strokes on either side. Between
    /// two digits (an amount's grouping, specks of a grey scan) no colon is looked for.
    package static func restore(_ symbols: [RecognisedSymbol], in image: GreyImage, inkCut: UInt8)
        -> [RecognisedSymbol]
    {
        let ems = LineTypeSize.emPixels(symbols)
        var out: [RecognisedSymbol] = []
        out.reserveCapacity(symbols.count)
        for i in symbols.indices {
            out.append(symbols[i])
            guard i + 1 < symbols.count, symbols[i + 1].line == symbols[i].line else { continue }
            let before = symbols[i], after = symbols[i + 1]
            guard before.text.unicodeScalars.count == 1,
                before.text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }),
                after.text.unicodeScalars.first?.properties.isIdeographic == true, after.box.left > before.box.left
            else { continue }
            let em = ems[before.line] ?? Double(before.line.height)
            let gap = PixelBox(
                left: before.box.left, top: before.line.top, right: after.box.left, bottom: before.line.bottom)
            if let box = colon(in: image, gap: gap, em: em, inkCut: inkCut) {
                out.append(
                    RecognisedSymbol(
                        text: ":", box: box, line: before.line, confidence: min(before.confidence, after.confidence)))
            }
        }
        return out
    }

    /// The box (in `image`) of a colon's two dots in `span`: exactly two dot-sized pieces of
    /// ink, one over the other, that no larger piece overlaps across. Ink running over the
    /// span's sides belongs to the neighbours and is left out.
    static func colon(in image: GreyImage, gap span: PixelBox, em: Double, inkCut: UInt8) -> PixelBox? {
        guard em > 0 else { return nil }
        let crop = image.cropped(span, margin: 0)
        let pieces = LeaderDots.components(in: crop.image, inkCut: inkCut).filter {
            $0.left > 0 && $0.right < crop.image.width && ($0.right - $0.left) * $0.height > 2
        }
        func isDot(_ piece: PixelBox) -> Bool {
            Double(piece.right - piece.left) <= maxDotShare * em && Double(piece.height) <= maxDotShare * em
        }
        let dots = pieces.filter(isDot)
        guard dots.count == 2 else { return nil }
        let (upper, lower) = dots[0].top < dots[1].top ? (dots[0], dots[1]) : (dots[1], dots[0])
        let both = upper.union(lower)
        guard upper.left < lower.right, lower.left < upper.right, Double(lower.top - upper.bottom) >= minGapShare * em,
            !pieces.contains(where: { !isDot($0) && $0.left < both.right && both.left < $0.right })
        else { return nil }
        return both.offset(x: crop.originX, y: crop.originY)
    }
}
