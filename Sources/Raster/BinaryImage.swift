/// Ink or paper per pixel, rows top to bottom: what the ruling finder scans.
package struct BinaryImage: Sendable {
    package let width: Int
    package let height: Int
    /// 1 for ink, 0 for paper.
    package var ink: [UInt8]

    package init(width: Int, height: Int, ink: [UInt8]) {
        precondition(ink.count == width * height, "BinaryImage: \(ink.count) pixels for \(width)×\(height)")
        self.width = width
        self.height = height
        self.ink = ink
    }

    /// Parses rows of `#` (ink) and anything else (paper), for tests and debugging.
    package init(rows: [String]) {
        let width = rows.map(\.count).max() ?? 0
        var ink: [UInt8] = []
        ink.reserveCapacity(width * rows.count)
        for row in rows {
            let marks = row.map { $0 == "#" ? UInt8(1) : 0 }
            ink += marks + [UInt8](repeating: 0, count: width - marks.count)
        }
        self.init(width: width, height: rows.count, ink: ink)
    }

    package func isInk(x: Int, y: Int) -> Bool { ink[y * width + x] != 0 }
}
