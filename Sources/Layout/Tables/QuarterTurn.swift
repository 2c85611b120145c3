import PageModel

/// A page whose text runs down or up it (a wide table printed sideways), and the quarter turn
/// that stands it upright so that its tables are read in their own frame.
///
/// The direction comes from the text layer: consecutive characters of a word follow each other
/// down the page (turned clockwise) or up it (turned anticlockwise) instead of across it.
struct QuarterTurn: Sendable, Hashable {
    /// Degrees clockwise the text is turned on the page: 90 (reads downward) or 270 (upward).
    var rotation: Int
    /// The page's displayed size.
    var width: Double
    var height: Double

    /// The turn of a page whose characters mostly run vertically; nil when its text is upright
    /// (or too little of it runs either way to tell).
    init?(reading page: Page, minShare: Double = 0.7, minPairs: Int = 20) {
        guard let rotation = Self.rotation(of: page.glyphs, minShare: minShare, minPairs: minPairs) else { return nil }
        self.init(rotation: rotation, width: page.width, height: page.height)
    }

    /// 90 or 270 when at least `minShare` of the neighbouring characters of `glyphs` (in
    /// text-layer order) follow each other down or up rather than across, and at least
    /// `minPairs` do; else nil.
    static func rotation(of glyphs: [Glyph], minShare: Double, minPairs: Int) -> Int? {
        var down = 0, up = 0, across = 0
        for (a, b) in zip(glyphs, glyphs.dropFirst()) {
            let dx = b.box.midX - a.box.midX, dy = b.box.midY - a.box.midY
            let width = min(a.box.width, b.box.width), height = min(a.box.height, b.box.height)
            if abs(dx) < 0.3 * width, abs(dy) > 0, abs(dy) < 1.5 * max(a.box.height, b.box.height) {
                if dy > 0 { down += 1 } else { up += 1 }
            } else if abs(dy) < 0.3 * height, dx > 0, dx < 1.5 * max(a.box.width, b.box.width) {
                across += 1
            }
        }
        let total = down + up + across
        guard total > 0, max(down, up) >= minPairs, Double(max(down, up)) >= minShare * Double(total)
        else { return nil }
        return down >= up ? 90 : 270
    }

    init(rotation: Int, width: Double, height: Double) {
        self.rotation = rotation
        self.width = width
        self.height = height
    }

    /// The page stood upright: its text reads left to right, lines top to bottom.
    func upright(_ page: Page) -> Page {
        var out = page
        out.width = height
        out.height = width
        out.glyphs = page.glyphs.map { Glyph(scalar: $0.scalar, box: upright($0.box), font: $0.font) }
        out.rulings = page.rulings.map(upright)
        out.fills = page.fills.map { FilledRect(box: upright($0.box), color: $0.color) }
        return out
    }

    /// A point of the page in the upright frame. Text turned clockwise has its tops to the
    /// right: the rightmost line comes first.
    func upright(x: Double, y: Double) -> (x: Double, y: Double) {
        rotation == 90 ? (y, width - x) : (height - y, x)
    }

    /// A point of the upright frame back on the page.
    func onPage(x: Double, y: Double) -> (x: Double, y: Double) {
        rotation == 90 ? (width - y, x) : (y, height - x)
    }

    func upright(_ box: Rect) -> Rect {
        let a = upright(x: box.x0, y: box.top), b = upright(x: box.x1, y: box.bottom)
        return Rect(x0: min(a.x, b.x), top: min(a.y, b.y), x1: max(a.x, b.x), bottom: max(a.y, b.y))
    }

    func onPage(_ box: Rect) -> Rect {
        let a = onPage(x: box.x0, y: box.top), b = onPage(x: box.x1, y: box.bottom)
        return Rect(x0: min(a.x, b.x), top: min(a.y, b.y), x1: max(a.x, b.x), bottom: max(a.y, b.y))
    }

    func upright(_ ruling: Ruling) -> Ruling {
        let box = upright(Rect(x0: ruling.x0, top: ruling.top, x1: ruling.x1, bottom: ruling.bottom))
        return ruling.orientation == .horizontal
            ? .vertical(x: box.x0, from: box.top, to: box.bottom, width: ruling.width)
            : .horizontal(y: box.top, from: box.x0, to: box.x1, width: ruling.width)
    }

    /// A table found on the upright page, placed back on the page: its boxes in page
    /// coordinates, its row and column edges left in its own frame.
    func onPage(_ table: PageTable) -> PageTable {
        var out = table
        out.box = onPage(table.box)
        out.extent = onPage(table.extent)
        out.cells = table.cells.map { cell in
            var cell = cell
            cell.box = onPage(cell.box)
            return cell
        }
        out.rotation = rotation
        return out
    }
}
