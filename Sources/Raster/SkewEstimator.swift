import Foundation

/// The angle a scan was fed at, from the slopes of its long horizontal rulings: they were
/// drawn level, so their common slope is the skew. Pages without rulings read as level.
package enum SkewEstimator {
    /// Steeper than this is not a skewed ruling but something else (a diagonal stroke).
    package static let maxDegrees = 5.0

    /// Degrees, positive when the lines fall to the right (the page turned clockwise); the
    /// length-weighted median of the lines' angles, so a stray line does not pull it.
    package static func degrees(_ lines: [RasterLine], minLength: Int) -> Double {
        let angles =
            lines
            .filter { $0.orientation == .horizontal && $0.length >= minLength }
            .map { (angle: atan($0.slope) * 180 / .pi, weight: Double($0.length)) }
            .filter { abs($0.angle) <= maxDegrees }
            .sorted { $0.angle < $1.angle }
        let total = angles.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return 0 }
        var running = 0.0
        for entry in angles {
            running += entry.weight
            if running >= total / 2 { return entry.angle }
        }
        return angles.last!.angle
    }
}
