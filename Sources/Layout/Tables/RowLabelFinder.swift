import PageModel

/// Row labels printed beside a ruled grid rather than in it: a spreadsheet whose first column
/// has no borders, a form ruled from its first figure column on.
///
/// The text left of the grid is a label column when it reads as one: each of its lines lies
/// within one drawn row, one line to a row, on at least `minLabelledRowShare` of the rows (and
/// `minTextRows`), the lines aligned on one side, the nearest no more than `maxLabelGap` line
/// heights from the frame. Anything else there (a paragraph, lines astride a row edge, two
/// pieces in a row) leaves the grid as it is.
struct RowLabelFinder: Sendable {
    var options: TableFinder.Options

    /// `grid` with a label column added on its left, or nil when the text beside it is none.
    /// `glyphs` are the page's characters that no grid holds.
    func labelled(_ grid: Grid, glyphs: [Glyph]) -> Grid? {
        let box = grid.box
        let beside = glyphs.filter { $0.box.x1 <= box.x0 + 0.5 && $0.box.midY > box.top && $0.box.midY < box.bottom }
        let pieces = TextAlignment(options: options).rows(of: beside).flatMap { $0 }
        guard let height = pieces.map(\.height).sorted().dropFirst(pieces.count / 2).first,
            let nearest = pieces.map(\.x1).max(), box.x0 - nearest <= options.maxLabelGap * height
        else { return nil }
        // The column of text next to the frame: the pieces overlapping it across, from the
        // nearest outwards. Text standing further out, clear of it, is not its.
        var extent = (x0: nearest, x1: nearest)
        var column: [Rect] = []
        var rest = pieces
        while let next = rest.firstIndex(where: { $0.x1 >= extent.x0 - 0.5 && $0.x0 <= extent.x1 + 0.5 }) {
            let piece = rest.remove(at: next)
            column.append(piece)
            extent = (min(extent.x0, piece.x0), max(extent.x1, piece.x1))
        }
        var rowOf: [Int: Rect] = [:]
        for piece in column {
            guard let row = grid.row(containing: piece.midY), piece.top >= grid.rowEdges[row] - 0.5,
                piece.bottom <= grid.rowEdges[row + 1] + 0.5
            else { return nil }
            if let other = rowOf[row] {
                // Two pieces of one line (a wide word space) are one label; two lines are not.
                guard other.verticalOverlap(piece) > 0.5 * height else { return nil }
                rowOf[row] = other.union(piece)
            } else {
                rowOf[row] = piece
            }
        }
        let labels = Array(rowOf.values)
        let aligned = { (edges: [Double]) in (edges.max() ?? 0) - (edges.min() ?? 0) <= height }
        guard labels.count >= options.minTextRows,
            Double(labels.count) >= options.minLabelledRowShare * Double(grid.rowCount),
            aligned(labels.map(\.x0)) || aligned(labels.map(\.x1)),
            let left = labels.map(\.x0).min()
        else { return nil }
        var out = grid
        out.columnEdges = [left - 1] + grid.columnEdges
        out.spans =
            (0..<grid.rowCount).map { CellSpan(rows: $0..<($0 + 1), columns: 0..<1) }
            + grid.spans.map {
                CellSpan(rows: $0.rows, columns: ($0.columns.lowerBound + 1)..<($0.columns.upperBound + 1))
            }
        out.spans.sort { ($0.rows.lowerBound, $0.columns.lowerBound) < ($1.rows.lowerBound, $1.columns.lowerBound) }
        return out
    }
}
