/// A path the page strokes or fills, flattened to straight lines, in page coordinates.
public struct VectorPath: Sendable, Hashable {
    public enum Paint: Sendable, Hashable {
        case stroke(width: Double)
        case fill
    }

    public struct Point: Sendable, Hashable {
        public var x: Double
        public var y: Double

        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    public struct Subpath: Sendable, Hashable {
        public var points: [Point]
        public var isClosed: Bool

        public init(points: [Point], isClosed: Bool) {
            self.points = points
            self.isClosed = isClosed
        }
    }

    public var paint: Paint
    public var subpaths: [Subpath]
    /// Solid colour as 0…1 components, or nil when the source is not a solid colour.
    public var color: (red: Double, green: Double, blue: Double)?

    public init(paint: Paint, subpaths: [Subpath],
                color: (red: Double, green: Double, blue: Double)? = nil) {
        self.paint = paint
        self.subpaths = subpaths
        self.color = color
    }

    public static func == (a: VectorPath, b: VectorPath) -> Bool {
        a.paint == b.paint && a.subpaths == b.subpaths && a.color.map { [$0.red, $0.green, $0.blue] }
            == b.color.map { [$0.red, $0.green, $0.blue] }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(paint)
        hasher.combine(subpaths)
    }
}
