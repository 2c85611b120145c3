import PageModel

/// The rows and columns one cell covers.
struct CellSpan: Sendable, Hashable {
    var rows: Range<Int>
    var columns: Range<Int>
}

/// A table's grid before text is read into it: edges, and one cell per region that borders
/// enclose.
struct Grid: Sendable, Hashable {
    var rowEdges: [Double]
    var columnEdges: [Double]
    /// In reading order; every grid position lies in exactly one.
    var spans: [CellSpan]

    var box: Rect {
        Rect(
            x0: columnEdges.first ?? 0, top: rowEdges.first ?? 0,
            x1: columnEdges.last ?? 0, bottom: rowEdges.last ?? 0)
    }

    var rowCount: Int { rowEdges.count - 1 }
    var columnCount: Int { columnEdges.count - 1 }

    /// The row holding `y`, or nil outside the grid.
    func row(containing y: Double) -> Int? {
        interval(of: y, in: rowEdges)
    }

    /// The column holding `x`, or nil outside the grid.
    func column(containing x: Double) -> Int? {
        interval(of: x, in: columnEdges)
    }

    private func interval(of value: Double, in edges: [Double]) -> Int? {
        guard let first = edges.first, let last = edges.last, value >= first, value <= last else {
            return nil
        }
        return min(max(lowerBound(edges, value) - 1, 0), edges.count - 2)
    }

    func box(of span: CellSpan) -> Rect {
        Rect(
            x0: columnEdges[span.columns.lowerBound], top: rowEdges[span.rows.lowerBound],
            x1: columnEdges[span.columns.upperBound], bottom: rowEdges[span.rows.upperBound])
    }

    /// The grid with each of `rows` joined to the row above it: its cells go and those above
    /// grow over it. The first row, and rows that a cell spans out of, stay.
    func joining(rows: Set<Int>) -> Grid {
        let joined = rows.filter { row in
            row > 0 && row < rowCount && spans.allSatisfy { !$0.rows.contains(row) || $0.rows == row..<(row + 1) }
        }
        guard !joined.isEmpty else { return self }
        // Each old row's index among the rows that stay (a joined row's, the one it joins).
        var kept = 0
        var newRow: [Int] = []
        for row in 0..<rowCount {
            if !joined.contains(row) { kept += 1 }
            newRow.append(kept - 1)
        }
        var out = self
        // The edge above each joined row goes.
        out.rowEdges = rowEdges.indices.filter { !joined.contains($0) }.map { rowEdges[$0] }
        out.spans = spans.filter { !joined.contains($0.rows.lowerBound) }.map { span in
            CellSpan(rows: newRow[span.rows.lowerBound]..<(newRow[span.rows.upperBound - 1] + 1), columns: span.columns)
        }
        return out
    }
}

/// Turns border lines into a grid: every line position becomes an edge, and neighbouring grid
/// positions not separated by a drawn border join into one (merged) cell.
struct GridBuilder: Sendable {
    var options: TableFinder.Options

    /// The grid the lines draw, or nil when they enclose no cell.
    func buildGrid(horizontals: [Segment], verticals: [Segment]) -> Grid? {
        var rowEdges = edges(of: horizontals, crossedBy: verticals)
        var columnEdges = edges(of: verticals, crossedBy: horizontals)
        guard rowEdges.count >= 2, columnEdges.count >= 2 else { return nil }
        columnEdges = dropUnusedEdges(columnEdges, lines: verticals, across: rowEdges)
        rowEdges = dropUnusedEdges(rowEdges, lines: horizontals, across: columnEdges)
        let rowBorders = bordersByEdge(horizontals, edges: rowEdges)
        let columnBorders = bordersByEdge(verticals, edges: columnEdges)

        let rowCount = rowEdges.count - 1, columnCount = columnEdges.count - 1
        var sets = DisjointSet(count: rowCount * columnCount)
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                let here = row * columnCount + column
                if column + 1 < columnCount,
                    !isCovered(columnBorders[column + 1], from: rowEdges[row], to: rowEdges[row + 1])
                {
                    sets.union(here, here + 1)
                }
                if row + 1 < rowCount,
                    !isCovered(rowBorders[row + 1], from: columnEdges[column], to: columnEdges[column + 1])
                {
                    sets.union(here, here + columnCount)
                }
            }
        }
        let spans = rectangularize(&sets, rowCount: rowCount, columnCount: columnCount)
        return Grid(rowEdges: rowEdges, columnEdges: columnEdges, spans: spans)
    }

    /// Edge positions: the lines' positions merged when closer than `minCellSize`, plus an edge
    /// where the crossing lines run on past the outermost line (a table drawn without its outer
    /// border on that side).
    func edges(of lines: [Segment], crossedBy crossing: [Segment]) -> [Double] {
        var positions = lines.map(\.position).sorted()
        if let first = positions.first, let last = positions.last {
            if let start = crossing.map(\.start).min(), start < first - options.minCellSize {
                positions.insert(start, at: 0)
            }
            if let end = crossing.map(\.end).max(), end > last + options.minCellSize {
                positions.append(end)
            }
        }
        var edges: [Double] = []
        for position in positions {
            if let last = edges.last, position - last < options.minCellSize { continue }
            edges.append(position)
        }
        return edges
    }

    /// The edges without inner edges that border no cell anywhere (a tick or a stub too short to
    /// cover any cell side), which would otherwise add a column or row every cell spans.
    func dropUnusedEdges(_ edges: [Double], lines: [Segment], across: [Double]) -> [Double] {
        let borders = bordersByEdge(lines, edges: edges)
        return edges.indices.filter { index in
            index == 0 || index == edges.count - 1
                || zip(across, across.dropFirst()).contains { isCovered(borders[index], from: $0, to: $1) }
        }.map { edges[$0] }
    }

    /// The lines lying on each edge (within `minCellSize`), indexed like `edges`.
    func bordersByEdge(_ lines: [Segment], edges: [Double]) -> [[Segment]] {
        var out = Array(repeating: [Segment](), count: edges.count)
        for line in lines {
            let index = nearestIndex(edges, line.position)
            if abs(edges[index] - line.position) < options.minCellSize { out[index].append(line) }
        }
        return out
    }

    /// Whether `lines` cover enough of the side from `lower` to `upper`; lines that overlap
    /// (a drawn border and one inferred along it) count once.
    func isCovered(_ lines: [Segment], from lower: Double, to upper: Double) -> Bool {
        var covered = 0.0, reached = lower
        for line in lines.sorted(by: { $0.start < $1.start }) where line.end > reached && line.start < upper {
            covered += min(line.end, upper) - max(line.start, reached)
            reached = min(line.end, upper)
        }
        return covered >= options.borderCoverage * (upper - lower)
    }

    /// Grows every group of joined positions to its bounding rectangle (absorbing whatever lies
    /// inside), so that each cell is a rectangle even where a border stops short. Returns the
    /// cells in reading order.
    func rectangularize(_ sets: inout DisjointSet, rowCount: Int, columnCount: Int) -> [CellSpan] {
        let count = rowCount * columnCount
        while true {
            // Bounds and size of every group, kept at its root (the group's smallest position).
            var top = Array(repeating: Int.max, count: count), bottom = Array(repeating: -1, count: count)
            var left = Array(repeating: Int.max, count: count), right = Array(repeating: -1, count: count)
            var size = Array(repeating: 0, count: count)
            for position in 0..<count {
                let root = sets.find(position), row = position / columnCount, column = position % columnCount
                top[root] = min(top[root], row)
                bottom[root] = max(bottom[root], row)
                left[root] = min(left[root], column)
                right[root] = max(right[root], column)
                size[root] += 1
            }
            var changed = false
            for root in 0..<count
            where size[root] > 0
                && size[root] != (bottom[root] - top[root] + 1) * (right[root] - left[root] + 1)
            {
                for row in top[root]...bottom[root] {
                    for column in left[root]...right[root] { sets.union(root, row * columnCount + column) }
                }
                changed = true
            }
            if !changed {
                return (0..<count).filter { sets.find($0) == $0 }.map { root in
                    CellSpan(rows: top[root]..<(bottom[root] + 1), columns: left[root]..<(right[root] + 1))
                }
            }
        }
    }
}

/// The index of the value nearest to `value` in a non-empty ascending array.
func nearestIndex(_ values: [Double], _ value: Double) -> Int {
    let index = lowerBound(values, value)
    if index == values.count { return values.count - 1 }
    if index > 0, value - values[index - 1] < values[index] - value { return index - 1 }
    return index
}
