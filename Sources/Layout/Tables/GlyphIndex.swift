import PageModel

/// A page's characters sorted by vertical centre, so that the characters of a region are found
/// with a binary search instead of a scan of the page.
struct GlyphIndex: Sendable {
    private let glyphs: [Glyph]
    private let centres: [Double]

    init(_ glyphs: [Glyph]) {
        self.glyphs = glyphs.sorted { $0.box.midY < $1.box.midY }
        centres = self.glyphs.map(\.box.midY)
    }

    /// Characters whose box centre lies inside `box` (borders included), top to bottom.
    func glyphs(centredIn box: Rect) -> [Glyph] {
        var out: [Glyph] = []
        var index = lowerBound(centres, box.top)
        while index < glyphs.count, centres[index] <= box.bottom {
            let midX = glyphs[index].box.midX
            if midX >= box.x0, midX <= box.x1 { out.append(glyphs[index]) }
            index += 1
        }
        return out
    }
}
