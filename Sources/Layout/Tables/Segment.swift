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

    /// The line at `position` from `start` to `end`, left open over each of `gaps` (start, end
    /// along the line): the pieces between them.
    static func open(at position: Double, from start: Double, to end: Double, gaps: [(Double, Double)]) -> [Segment] {
        var segments: [Segment] = []
        var reached = start
        for (gapStart, gapEnd) in gaps.sorted(by: { $0.0 < $1.0 }) {
            if gapStart > reached { segments.append(Segment(position: position, start: reached, end: gapStart)) }
            reached = max(reached, gapEnd)
        }
        if reached < end { segments.append(Segment(position: position, start: reached, end: end)) }
        return segments
    }
}
