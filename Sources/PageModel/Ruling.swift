/// A horizontal or vertical line segment drawn on the page: a stroked line or a thin filled
/// rectangle. Coordinates are the centre line; `width` is the stroke's thickness.
package struct Ruling: Sendable, Hashable, Codable {
    package enum Orientation: String, Sendable, Codable {
        case horizontal, vertical
    }

    package var orientation: Orientation
    /// Where the segment runs: x0…x1 at `top` for a horizontal one (top == bottom), top…bottom
    /// at `x0` for a vertical one (x0 == x1).
    package var x0: Double
    package var top: Double
    package var x1: Double
    package var bottom: Double
    package var width: Double

    package init(
        orientation: Orientation, x0: Double, top: Double, x1: Double, bottom: Double,
        width: Double
    ) {
        self.orientation = orientation
        self.x0 = x0
        self.top = top
        self.x1 = x1
        self.bottom = bottom
        self.width = width
    }

    package static func horizontal(y: Double, from x0: Double, to x1: Double, width: Double) -> Ruling {
        Ruling(
            orientation: .horizontal, x0: min(x0, x1), top: y, x1: max(x0, x1), bottom: y,
            width: width)
    }

    package static func vertical(x: Double, from top: Double, to bottom: Double, width: Double) -> Ruling {
        Ruling(
            orientation: .vertical, x0: x, top: min(top, bottom), x1: x,
            bottom: max(top, bottom), width: width)
    }

    /// The segment's length along its orientation.
    package var length: Double { orientation == .horizontal ? x1 - x0 : bottom - top }
}
