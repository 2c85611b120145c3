import PageModel

/// Characters that sit on one baseline, left to right, with their text rebuilt from geometry.
package struct TextLine: Sendable, Hashable {
    package var glyphs: [Glyph]
    package var box: Rect
    /// The characters joined: a space where a visible gap separates two non-CJK characters,
    /// none between ideographs; right-to-left script in reading order.
    package var text: String
    /// The font most of the characters use (index into the document's font table).
    package var font: Int

    package init(glyphs: [Glyph], spaceGap: Double) {
        self.glyphs = glyphs
        box = glyphs.map(\.box).enclosingRect() ?? Rect(x0: 0, top: 0, x1: 0, bottom: 0)
        text = Self.join(glyphs, spaceGap: spaceGap)
        font = Self.dominantFont(glyphs)
    }

    /// The line's character height: the median box height, robust to the odd tall glyph.
    package var height: Double {
        let heights = glyphs.map(\.box.height).sorted()
        return heights.isEmpty ? 0 : heights[heights.count / 2]
    }

    /// The characters of `glyphs` (left to right) with spaces at visible gaps, in reading order
    /// (`LogicalOrder`: right-to-left script reads from the right).
    static func join(_ glyphs: [Glyph], spaceGap: Double) -> String {
        var out: [Unicode.Scalar] = []
        var previous: Glyph?
        for glyph in glyphs {
            if let previous, !previous.isCJK, !glyph.isCJK,
                glyph.box.x0 - previous.box.x1 > spaceGap * min(previous.box.height, glyph.box.height)
            {
                out.append(" ")
            }
            out.append(glyph.scalar)
            previous = glyph
        }
        return String(String.UnicodeScalarView(LogicalOrder.reading(out)))
    }

    static func dominantFont(_ glyphs: [Glyph]) -> Int {
        var counts: [Int: Int] = [:]
        for glyph in glyphs { counts[glyph.font, default: 0] += 1 }
        // Ties go to the lower index so the choice is deterministic.
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? 0
    }
}
