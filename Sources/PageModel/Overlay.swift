/// Something drawn over a rendered page to show what was found: a line, a box or a label.
package struct Overlay: Sendable, Hashable {
    package enum Shape: Sendable, Hashable {
        case line(x0: Double, y0: Double, x1: Double, y1: Double)
        case box(Rect)
        case label(String, x: Double, y: Double)
    }

    package var shape: Shape
    /// Red, green, blue and alpha, 0…1.
    package var color: [Double]
    /// Stroke width or text size, in points.
    package var width: Double

    package init(_ shape: Shape, color: [Double], width: Double) {
        self.shape = shape
        self.color = color
        self.width = width
    }
}
