import PageModel

/// A page's rulings cleaned up into whole lines: duplicates snapped onto one position, pieces
/// joined, debris dropped. Groups of lines that touch each other are table candidates.
struct RulingNetwork: Sendable {
    /// Horizontal lines, by position then start.
    var horizontals: [Segment]
    /// Vertical lines, by position then start.
    var verticals: [Segment]

    init(rulings: [Ruling], options: TableFinder.Options) {
        var rows: [Segment] = [], columns: [Segment] = []
        for ruling in rulings {
            switch ruling.orientation {
            case .horizontal: rows.append(Segment(position: ruling.top, start: ruling.x0, end: ruling.x1))
            case .vertical: columns.append(Segment(position: ruling.x0, start: ruling.top, end: ruling.bottom))
            }
        }
        horizontals = Self.cleanUp(rows, options: options)
        verticals = Self.cleanUp(columns, options: options)
    }

    init(horizontals: [Segment], verticals: [Segment]) {
        self.horizontals = horizontals
        self.verticals = verticals
    }

    static func cleanUp(_ segments: [Segment], options: TableFinder.Options) -> [Segment] {
        joinSegments(
            snapRulings(segments, tolerance: options.snapTolerance),
            tolerance: options.joinTolerance
        )
        .filter { $0.length >= options.minRulingLength }
    }

    /// Moves parallel segments whose positions lie within `tolerance` of the first of their
    /// group onto the group's length-weighted mean position.
    static func snapRulings(_ segments: [Segment], tolerance: Double) -> [Segment] {
        let sorted = segments.sorted { $0.position < $1.position }
        var out: [Segment] = []
        out.reserveCapacity(sorted.count)
        var groupStart = 0
        while groupStart < sorted.count {
            var groupEnd = groupStart + 1
            while groupEnd < sorted.count,
                sorted[groupEnd].position - sorted[groupStart].position <= tolerance
            {
                groupEnd += 1
            }
            let group = sorted[groupStart..<groupEnd]
            let weight = group.reduce(0) { $0 + max($1.length, 0.1) }
            let mean = group.reduce(0) { $0 + $1.position * max($1.length, 0.1) } / weight
            out += group.map { Segment(position: mean, start: $0.start, end: $0.end) }
            groupStart = groupEnd
        }
        return out
    }

    /// Joins collinear segments (same snapped position) that overlap or nearly touch.
    static func joinSegments(_ segments: [Segment], tolerance: Double) -> [Segment] {
        let sorted = segments.sorted {
            $0.position != $1.position ? $0.position < $1.position : $0.start < $1.start
        }
        var out: [Segment] = []
        for segment in sorted {
            if let last = out.last, last.position == segment.position,
                segment.start <= last.end + tolerance
            {
                out[out.count - 1].end = max(last.end, segment.end)
            } else {
                out.append(segment)
            }
        }
        return out
    }

    /// Groups of lines connected through crossings or touching ends (within `tolerance`), or
    /// running from one line to another stopping at most `insetReach` short of both, in the order
    /// of their first horizontal line. Only groups with both horizontal and vertical lines can
    /// draw a grid.
    func connectedGroups(tolerance: Double, insetReach: Double = 0) -> [RulingNetwork] {
        let count = horizontals.count + verticals.count
        var sets = DisjointSet(count: count)
        // Verticals sorted by x let each horizontal visit only those within its span.
        let verticalOrder = verticals.indices.sorted { verticals[$0].position < verticals[$1].position }
        let verticalX = verticalOrder.map { verticals[$0].position }
        for (h, horizontal) in horizontals.enumerated() {
            var k = lowerBound(verticalX, horizontal.start - tolerance)
            while k < verticalX.count, verticalX[k] <= horizontal.end + tolerance {
                let v = verticalOrder[k]
                let vertical = verticals[v]
                if horizontal.position >= vertical.start - tolerance,
                    horizontal.position <= vertical.end + tolerance
                {
                    sets.union(h, horizontals.count + v)
                }
                k += 1
            }
        }
        bridgeInsetLines(
            horizontals, across: verticals, reach: insetReach, offset: 0, others: horizontals.count, into: &sets)
        bridgeInsetLines(
            verticals, across: horizontals, reach: insetReach, offset: horizontals.count, others: 0, into: &sets)
        return sets.groups().compactMap { members in
            let rows = members.filter { $0 < horizontals.count }.map { horizontals[$0] }
            let columns = members.filter { $0 >= horizontals.count }
                .map { verticals[$0 - horizontals.count] }
            guard !rows.isEmpty, !columns.isEmpty else { return nil }
            return RulingNetwork(horizontals: rows, verticals: columns)
        }
    }

    /// Joins each of `lines` that stops at most `reach` short of a perpendicular line at both
    /// ends (a rule drawn inset from the frame, as some producers draw the rule under a header)
    /// to both: a line running from one border to the other is the table's own even where it
    /// does not touch them. `offset` and `others` are where `lines` and `crossing` start in `sets`.
    func bridgeInsetLines(
        _ lines: [Segment], across crossing: [Segment], reach: Double, offset: Int, others: Int,
        into sets: inout DisjointSet
    ) {
        let order = crossing.indices.sorted { crossing[$0].position < crossing[$1].position }
        let positions = order.map { crossing[$0].position }
        func border(from low: Double, to high: Double, at position: Double) -> Int? {
            var k = lowerBound(positions, low)
            while k < positions.count, positions[k] <= high {
                let line = crossing[order[k]]
                if line.start <= position, line.end >= position { return order[k] }
                k += 1
            }
            return nil
        }
        for (index, line) in lines.enumerated() {
            guard let first = border(from: line.start - reach, to: line.start, at: line.position),
                let last = border(from: line.end, to: line.end + reach, at: line.position)
            else { continue }
            sets.union(offset + index, others + first)
            sets.union(offset + index, others + last)
        }
    }

    /// The box the group's lines span.
    var bounds: Rect {
        let xs = horizontals.flatMap { [$0.start, $0.end] } + verticals.map(\.position)
        let ys = verticals.flatMap { [$0.start, $0.end] } + horizontals.map(\.position)
        return Rect(x0: xs.min() ?? 0, top: ys.min() ?? 0, x1: xs.max() ?? 0, bottom: ys.max() ?? 0)
    }
}

/// The first index whose value is not less than `value` in an ascending array.
func lowerBound(_ values: [Double], _ value: Double) -> Int {
    var low = 0, high = values.count
    while low < high {
        let mid = (low + high) / 2
        if values[mid] < value { low = mid + 1 } else { high = mid }
    }
    return low
}
