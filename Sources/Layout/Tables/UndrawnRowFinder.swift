import PageModel

/// Row borders a ruled grid leaves undrawn, read from its text: a frame with rules around the
/// header and at the bottom only (a spreadsheet printed with an outline), or a column structure
/// drawn without row rules, holds its body rows as text lines inside one drawn row.
///
/// Inside one drawn row, a text line with pieces in at least two columns starts a row; a line
/// with text in a single column continues the row above (a wrapped cell: the other columns
/// hold nothing there). A grid's drawn rows are split only when the evidence is strong — one of
/// them holds several such rows, most of them with figures, and most of the grid's text; or the
/// grid is a single drawn row —
/// since a fully ruled row may hold a cell wrapped over two lines in two columns, which reads the
/// same.
struct UndrawnRowFinder: Sendable {
    var options: TableFinder.Options

    /// Horizontal borders (left open where text crosses them) between the rows read from the
    /// text of `grid`'s drawn rows; `columnEdges` are its drawn and inferred column edges.
    func borders(in grid: Grid, glyphs: [Glyph], index: GlyphIndex, columnEdges: [Double]) -> [Segment] {
        let alignment = TextAlignment(options: options)
        let inner = Array(columnEdges.dropFirst().dropLast())
        let bands = (0..<grid.rowCount).map { row in
            alignment.rows(
                of: glyphs.filter { glyph in
                    glyph.box.midY >= grid.rowEdges[row] && glyph.box.midY < grid.rowEdges[row + 1]
                }, breaks: inner)
        }
        let textLines = bands.reduce(0) { $0 + $1.count }
        let groupsByBand = bands.map { rowGroups($0, columnEdges: columnEdges) }
        // Once one drawn row proves the grid leaves its rows undrawn, the others (a header
        // between an upper and a lower rule) are read the same way.
        let underRuled =
            grid.rowCount == 1
            || zip(bands, groupsByBand).contains { lines, groups in
                groups.count >= options.minUndrawnRows && 2 * lines.count >= textLines
                    && 2 * groups.filter { holdsNumber($0, index: index) }.count >= groups.count
            }
        guard underRuled else { return [] }
        var borders: [Segment] = []
        for (row, lines) in bands.enumerated() {
            let groups = groupsByBand[row]
            guard groups.count >= 2 else { continue }
            let pieces = lines.flatMap { $0 }
            for (upper, lower) in zip(groups, groups.dropFirst()) {
                let bottom = upper.flatMap { $0 }.map(\.bottom).max()!
                let top = lower.flatMap { $0 }.map(\.top).min()!
                let y = (bottom + top) / 2
                guard y > grid.rowEdges[row] + options.minCellSize,
                    y < grid.rowEdges[row + 1] - options.minCellSize
                else { continue }
                borders += openBorder(at: y, from: columnEdges.first!, to: columnEdges.last!, pieces: pieces)
            }
        }
        return borders
    }

    /// The text lines of one drawn row grouped into table rows: a line with pieces in two or
    /// more columns starts a row; the others join the row above (the first line always starts).
    func rowGroups(_ lines: [[Rect]], columnEdges: [Double]) -> [[[Rect]]] {
        var groups: [[[Rect]]] = []
        for line in lines {
            let columns = Set(line.map { lowerBound(columnEdges, $0.midX) })
            if columns.count >= 2 || groups.isEmpty {
                groups.append([line])
            } else {
                groups[groups.count - 1].append(line)
            }
        }
        return groups
    }

    /// Whether a piece of the row reads as a number (most of its characters digits): body rows
    /// hold figures, the lines of a wrapped header do not.
    func holdsNumber(_ row: [[Rect]], index: GlyphIndex) -> Bool {
        row.joined().contains { piece in
            let scalars = index.glyphs(centredIn: piece).map(\.scalar)
            return 2 * scalars.filter { ("0"..."9").contains($0) }.count > scalars.count
        }
    }

    /// A horizontal border at `y`, left open where a piece of text crosses it.
    func openBorder(at y: Double, from x0: Double, to x1: Double, pieces: [Rect]) -> [Segment] {
        let crossings = pieces.filter { $0.top < y && $0.bottom > y }.map { ($0.x0, $0.x1) }
            .sorted { $0.0 < $1.0 }
        var segments: [Segment] = []
        var start = x0
        for (crossStart, crossEnd) in crossings {
            if crossStart > start { segments.append(Segment(position: y, start: start, end: crossStart)) }
            start = max(start, crossEnd)
        }
        if start < x1 { segments.append(Segment(position: y, start: start, end: x1)) }
        return segments
    }
}
