import PageModel

/// A ruled grid in index space: which edges of a rows × columns grid are drawn, each run of
/// adjacent drawn edges merged into one segment, as a producer draws them.
struct TableGrid: Equatable {
    /// A drawn segment on grid line `line` (a row boundary for horizontal segments, a column
    /// boundary for vertical ones) from boundary `from` to boundary `to` across it.
    struct Segment: Hashable, CustomStringConvertible {
        var line: Int
        var from: Int
        var to: Int
        var description: String { "\(line):\(from)-\(to)" }
    }

    var horizontal: Set<Segment>
    var vertical: Set<Segment>

    var segmentCount: Int { horizontal.count + vertical.count }
}

/// The grid a samples/*.expected.txt file describes: one cell a line, "row col row_span col_span
/// text"; every cell's border is drawn, and no line runs through a merged cell.
struct ExpectedTable {
    struct Cell {
        var row, col, rowSpan, colSpan: Int
    }

    var cells: [Cell]

    init(parsing text: String) {
        cells = text.split(separator: "\n").compactMap { line in
            let numbers = line.split(separator: " ", maxSplits: 4).prefix(4).compactMap { Int($0) }
            guard numbers.count == 4 else { return nil }
            return Cell(row: numbers[0], col: numbers[1], rowSpan: numbers[2], colSpan: numbers[3])
        }
    }

    var rowCount: Int { cells.map { $0.row + $0.rowSpan }.max() ?? 0 }
    var columnCount: Int { cells.map { $0.col + $0.colSpan }.max() ?? 0 }
    /// Rows the first row's cells reach down to: the header band.
    var headerRowCount: Int { cells.filter { $0.row == 0 }.map(\.rowSpan).max() ?? 0 }

    var grid: TableGrid {
        var horizontalEdges = Set<[Int]>(), verticalEdges = Set<[Int]>()
        for cell in cells {
            for col in cell.col..<(cell.col + cell.colSpan) {
                horizontalEdges.insert([cell.row, col])
                horizontalEdges.insert([cell.row + cell.rowSpan, col])
            }
            for row in cell.row..<(cell.row + cell.rowSpan) {
                verticalEdges.insert([cell.col, row])
                verticalEdges.insert([cell.col + cell.colSpan, row])
            }
        }
        return TableGrid(horizontal: Self.merge(horizontalEdges), vertical: Self.merge(verticalEdges))
    }

    /// Unit edges [line, index] joined into maximal runs along each line.
    private static func merge(_ edges: Set<[Int]>) -> Set<TableGrid.Segment> {
        var out = Set<TableGrid.Segment>()
        for line in Set(edges.map { $0[0] }) {
            let run = edges.filter { $0[0] == line }.map { $0[1] }.sorted()
            var start = run[0]
            for (index, next) in zip(run, run.dropFirst().map(Optional.some) + [nil]) where next != index + 1 {
                out.insert(TableGrid.Segment(line: line, from: start, to: index + 1))
                if let next { start = next }
            }
        }
        return out
    }
}

/// The grid read from a page's rulings: the distinct positions of horizontal and vertical
/// rulings, and each ruling mapped onto them.
struct MeasuredTable {
    /// Row boundaries, top to bottom, and column boundaries, left to right (points).
    var ys: [Double]
    var xs: [Double]
    var grid: TableGrid
    /// Rulings whose ends fall on no boundary.
    var strays: [Ruling]

    /// - Parameter tolerance: how far (points) a position may be from a boundary and still be on
    ///   it; filled borders overlap their corners by half a border's width.
    init(_ rulings: [Ruling], tolerance: Double = 1) {
        let horizontal = rulings.filter { $0.orientation == .horizontal }
        let vertical = rulings.filter { $0.orientation == .vertical }
        ys = Self.cluster(horizontal.map(\.top), tolerance: tolerance)
        xs = Self.cluster(vertical.map(\.x0), tolerance: tolerance)
        var grid = TableGrid(horizontal: [], vertical: [])
        var strays: [Ruling] = []
        let boundary = { (positions: [Double], value: Double) in
            positions.firstIndex { abs($0 - value) <= tolerance }
        }
        for ruling in horizontal {
            if let line = boundary(ys, ruling.top), let from = boundary(xs, ruling.x0), let to = boundary(xs, ruling.x1)
            {
                grid.horizontal.insert(.init(line: line, from: from, to: to))
            } else {
                strays.append(ruling)
            }
        }
        for ruling in vertical {
            if let line = boundary(xs, ruling.x0), let from = boundary(ys, ruling.top),
                let to = boundary(ys, ruling.bottom)
            {
                grid.vertical.insert(.init(line: line, from: from, to: to))
            } else {
                strays.append(ruling)
            }
        }
        self.grid = grid
        self.strays = strays
    }

    /// Sorted positions, those within `tolerance` of the previous one joined (their mean).
    static func cluster(_ values: [Double], tolerance: Double) -> [Double] {
        var groups: [[Double]] = []
        for value in values.sorted() {
            if let last = groups.last?.last, value - last <= tolerance {
                groups[groups.count - 1].append(value)
            } else {
                groups.append([value])
            }
        }
        return groups.map { $0.reduce(0, +) / Double($0.count) }
    }
}
