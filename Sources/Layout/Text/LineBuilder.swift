import PageModel

/// Groups characters into lines: same baseline band, read left to right, split at wide gaps so
/// that side-by-side columns stay apart.
package struct LineBuilder: Sendable {
    /// Two characters share a line when their vertical overlap is at least this share of the
    /// smaller height.
    package var minVerticalOverlap: Double = 0.5
    /// A horizontal gap wider than this many character heights starts a new line.
    package var maxGap: Double = 2.0
    /// A gap wider than this many character heights between non-CJK characters is a space.
    package var spaceGap: Double = 0.2

    package init() {}

    package func lines(from glyphs: [Glyph]) -> [TextLine] {
        // Sort by vertical centre, then sweep: a character joins the band whose extent it overlaps.
        let sorted = glyphs.sorted { a, b in
            a.box.midY != b.box.midY ? a.box.midY < b.box.midY : a.box.x0 < b.box.x0
        }
        var bands: [[Glyph]] = []
        var bandBox: Rect?
        for glyph in sorted {
            if let box = bandBox, let last = bands.indices.last,
                glyph.box.verticalOverlap(box)
                    >= minVerticalOverlap * min(glyph.box.height, box.height)
            {
                bands[last].append(glyph)
                bandBox = Rect(
                    x0: min(box.x0, glyph.box.x0), top: box.top,
                    x1: max(box.x1, glyph.box.x1), bottom: box.bottom)
            } else {
                bands.append([glyph])
                bandBox = glyph.box
            }
        }
        return bands.flatMap(splitAtGaps)
    }

    func splitAtGaps(_ band: [Glyph]) -> [TextLine] {
        let ordered = band.sorted { $0.box.x0 != $1.box.x0 ? $0.box.x0 < $1.box.x0 : $0.box.top < $1.box.top }
        var lines: [TextLine] = []
        var current: [Glyph] = []
        for glyph in ordered {
            if let last = current.last,
                glyph.box.x0 - last.box.x1 > maxGap * max(last.box.height, glyph.box.height)
            {
                lines.append(TextLine(glyphs: current, spaceGap: spaceGap))
                current = []
            }
            current.append(glyph)
        }
        if !current.isEmpty { lines.append(TextLine(glyphs: current, spaceGap: spaceGap)) }
        return lines
    }
}
