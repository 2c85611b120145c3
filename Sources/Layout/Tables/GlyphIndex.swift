import PageModel

/// A page's characters sorted by vertical centre, so that the characters of a region are found
/// with a binary search instead of a scan of the page.
struct GlyphIndex: Sendable {
    private let glyphs: [Glyph]
    private let centres: [Double]
    /// Each sorted character's position in the text layer.
    private let order: [Int]

    init(_ glyphs: [Glyph]) {
        let sorted = glyphs.indices.sorted { glyphs[$0].box.midY < glyphs[$1].box.midY }
        self.glyphs = sorted.map { glyphs[$0] }
        centres = self.glyphs.map(\.box.midY)
        order = sorted
    }

    /// Characters whose box centre lies inside `box`, in the text layer's order (which tells
    /// which way text turned on its side runs).
    func glyphsInTextOrder(centredIn box: Rect) -> [Glyph] {
        var found: [(Int, Glyph)] = []
        var index = lowerBound(centres, box.top)
        while index < glyphs.count, centres[index] <= box.bottom {
            let midX = glyphs[index].box.midX
            if midX >= box.x0, midX <= box.x1 { found.append((order[index], glyphs[index])) }
            index += 1
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
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
