/// A path the page strokes or fills, flattened to straight lines, in page coordinates.
package struct VectorPath: Sendable, Hashable {
    package enum Paint: Sendable, Hashable {
        case stroke(width: Double)
        case fill
    }

    package struct Point: Sendable, Hashable {
        package var x: Double
        package var y: Double

        package init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    package struct Subpath: Sendable, Hashable {
        package var points: [Point]
        package var isClosed: Bool

        package init(points: [Point], isClosed: Bool) {
            self.points = points
            self.isClosed = isClosed
        }
    }

    package var paint: Paint
    package var subpaths: [Subpath]
    /// Solid colour as 0…1 components, or nil when the source is not a solid colour.
    package var color: (red: Double, green: Double, blue: Double)?

    package init(
        paint: Paint, subpaths: [Subpath],
        color: (red: Double, green: Double, blue: Double)? = nil
    ) {
        self.paint = paint
        self.subpaths = subpaths
        self.color = color
    }

    package static func == (a: VectorPath, b: VectorPath) -> Bool {
        a.paint == b.paint && a.subpaths == b.subpaths
            && a.color.map { [$0.red, $0.green, $0.blue] }
                == b.color.map { [$0.red, $0.green, $0.blue] }
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(paint)
        hasher.combine(subpaths)
    }
}
