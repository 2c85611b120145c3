/// A ruling reduced to what grid finding needs: a line at `position` (y for a horizontal one, x
/// for a vertical one) running from `start` to `end` along its direction, in points.
struct Segment: Hashable, Sendable {
    var position: Double
    var start: Double
    var end: Double

    var length: Double { end - start }

    /// How much of `lower…upper` the segment covers, in points.
    func overlap(from lower: Double, to upper: Double) -> Double {
        max(0, min(end, upper) - max(start, lower))
    }
}
