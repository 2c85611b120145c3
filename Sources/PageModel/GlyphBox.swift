/// The box a character occupies on its line, whatever the font program claims.
///
/// Poppler makes a character's box from its font's ascent and descent. Fonts that another program
/// re-embedded (a PDF re-written by a printer driver, Ghostscript or cairo) often carry a font
/// box two or three em tall, so every line would seem to overlap its neighbours. A box taller
/// than `maxHeightInEm` is cut to poppler's own default height (ascent 0.95 em, descent 0.35 em)
/// about its centre, which stays where the line is.
package enum GlyphBox {
    package static let maxHeightInEm = 1.6
    package static let defaultHeightInEm = 1.3

    package static func normalised(_ box: Rect, fontSize: Double) -> Rect {
        guard fontSize > 0, box.height > maxHeightInEm * fontSize else { return box }
        let half = defaultHeightInEm * fontSize / 2
        return Rect(x0: box.x0, top: box.midY - half, x1: box.x1, bottom: box.midY + half)
    }
}
