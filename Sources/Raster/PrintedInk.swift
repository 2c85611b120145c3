/// Whether a part of a page holds print: a page's reading now and then passes over a short
/// entry standing alone in its cell (a score of 10, ≥90%, a 满意度指标 in the first column),
/// and the cell is then read on its own only if its ink shows a character.
package enum PrintedInk {
    /// A character's ink is at least this tall (points): digits of 6 pt type are taller, the
    /// specks of JPEG noise and the grey left of an erased border are not.
    package static let minHeightPoints = 3.0
    /// ... and at least this wide (points): wider than what is left of an erased vertical
    /// border, narrower than the stem of a 1.
    package static let minWidthPoints = 0.6

    /// Whether `box` of `image` (ink darker than `inkCut`, read at `dpi`) holds a piece of ink
    /// of a character's size that stays clear of the box's edges: what crosses an edge is a
    /// border's remains or the neighbour's text.
    package static func holdsCharacter(_ box: PixelBox, in image: GreyImage, dpi: Double, inkCut: UInt8) -> Bool {
        guard box.right > box.left, box.bottom > box.top else { return false }
        let crop = image.cropped(box, margin: 0).image
        let minHeight = Int((minHeightPoints * dpi / 72).rounded()),
            minWidth = Int((minWidthPoints * dpi / 72).rounded())
        return LeaderDots.components(in: crop, inkCut: inkCut).contains { piece in
            piece.height >= minHeight && piece.right - piece.left >= minWidth && piece.left > 0 && piece.top > 0
                && piece.right < crop.width && piece.bottom < crop.height
        }
    }
}
