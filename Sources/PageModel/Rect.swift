/// An axis-aligned box in PDF points, origin at the top-left of the displayed page.
package struct Rect: Sendable, Hashable, Codable {
    package var x0: Double
    package var top: Double
    package var x1: Double
    package var bottom: Double

    package init(x0: Double, top: Double, x1: Double, bottom: Double) {
        self.x0 = x0
        self.top = top
        self.x1 = x1
        self.bottom = bottom
    }

    package var width: Double { x1 - x0 }
    package var height: Double { bottom - top }
    package var midX: Double { (x0 + x1) / 2 }
    package var midY: Double { (top + bottom) / 2 }

    /// The smallest box holding both.
    package func union(_ other: Rect) -> Rect {
        Rect(
            x0: min(x0, other.x0), top: min(top, other.top),
            x1: max(x1, other.x1), bottom: max(bottom, other.bottom))
    }

    /// Whether the point lies inside, borders included.
    package func contains(x: Double, y: Double) -> Bool {
        x >= x0 && x <= x1 && y >= top && y <= bottom
    }

    /// How far the two boxes overlap vertically (negative when apart).
    package func verticalOverlap(_ other: Rect) -> Double {
        min(bottom, other.bottom) - max(top, other.top)
    }
}

extension Sequence where Element == Rect {
    /// The smallest box holding every box, or nil for none.
    package func enclosingRect() -> Rect? {
        reduce(nil) { partial, box in partial?.union(box) ?? box }
    }
}
