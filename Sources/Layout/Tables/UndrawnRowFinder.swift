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
        let groupsByBand = bands.map { rowGroups($0, columnEdges: columnEdges, index: index) }
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
    /// more columns starts a row; a line in one column joins the row above when it wraps the
    /// text above it (the first line always starts). In a column whose labels end in dot
    /// leaders, a label ends at its leader, so the line after one starts a row, and a label
    /// line without one continues on the next line, where its leader and figures are. `index`
    /// gives the characters.
    func rowGroups(_ lines: [[Rect]], columnEdges: [Double], index: GlyphIndex) -> [[[Rect]]] {
        // The widest text of each column at either side: the measure its cells wrap at.
        var extent: [Int: (x0: Double, x1: Double)] = [:]
        // Where each column's leaders end: the measure its labels wrap at.
        var leaderEnd: [Int: Double] = [:]
        for piece in lines.joined() {
            let column = lowerBound(columnEdges, piece.midX)
            let known = extent[column] ?? (piece.x0, piece.x1)
            extent[column] = (min(known.x0, piece.x0), max(known.x1, piece.x1))
            if endsInLeader(piece, index: index) { leaderEnd[column] = max(leaderEnd[column] ?? 0, piece.x1) }
        }
        var groups: [[[Rect]]] = []
        for line in lines {
            let columns = Set(line.map { lowerBound(columnEdges, $0.midX) })
            guard let group = groups.last else {
                groups.append([line])
                continue
            }
            if columns.count >= 2 {
                if completes(line, label: group, columnEdges: columnEdges, leaderEnd: leaderEnd, index: index) {
                    groups[groups.count - 1].append(line)
                } else {
                    groups.append([line])
                }
            } else if group.last!.contains(where: {
                lowerBound(columnEdges, $0.midX) == columns.first && endsInLeader($0, index: index)
            })
                || !wraps(line, after: group.last!, columnEdges: columnEdges, extent: extent, index: index)
            {
                groups.append([line])
            } else {
                groups[groups.count - 1].append(line)
            }
        }
        return groups
    }

    /// Whether `line`, with figures, completes the label that `label` (one line in one column,
    /// without a leader) began: in that column the line's text ends in a leader, starts no
    /// further out, and its first word would not have fitted after the label before the
    /// column's leaders end. A section name over indented entries leaves room there; a label
    /// wrapped over two lines does not.
    func completes(
        _ line: [Rect], label: [[Rect]], columnEdges: [Double], leaderEnd: [Int: Double], index: GlyphIndex
    ) -> Bool {
        guard label.count == 1, label[0].count == 1, let start = label[0].first else { return false }
        let column = lowerBound(columnEdges, start.midX)
        guard let limit = leaderEnd[column], !endsInLeader(start, index: index),
            let piece = line.first(where: { lowerBound(columnEdges, $0.midX) == column }),
            endsInLeader(piece, index: index), piece.x0 >= start.x0 - 0.5
        else { return false }
        let glyphs = index.glyphs(centredIn: piece)
        return start.x1 + 0.25 * piece.height + firstWordWidth(of: glyphs, in: piece, rightToLeft: false) > limit
    }

    /// Whether the piece's text ends in a dot leader.
    func endsInLeader(_ piece: Rect, index: GlyphIndex) -> Bool {
        let glyphs = index.glyphs(centredIn: piece).sorted { $0.box.x0 < $1.box.x0 }
        return DotLeader.ends(String(String.UnicodeScalarView(glyphs.map(\.scalar))))
    }

    /// Whether `line` (text in one column) continues the text of that column on the line
    /// `above`: there is text above it in that column, the line does not start further out
    /// than the line above (a wrapped line starts where its cell's text starts, or further in),
    /// and its first word would not have fitted after the line above within the column's widest
    /// text (on the left, in right-to-left script). A short label under a short line (a section
    /// name under a body row), or one standing out from an indented line, was not wrapped
    /// there: it is a row of its own.
    func wraps(
        _ line: [Rect], after above: [Rect], columnEdges: [Double], extent: [Int: (x0: Double, x1: Double)],
        index: GlyphIndex
    ) -> Bool {
        guard let piece = line.first else { return true }
        let column = lowerBound(columnEdges, piece.midX)
        let inColumn = above.filter { lowerBound(columnEdges, $0.midX) == column }
        guard let first = inColumn.first, let last = inColumn.last, let limit = extent[column] else { return true }
        let space = 0.25 * piece.height
        let glyphs = index.glyphs(centredIn: piece)
        if 2 * glyphs.filter({ LogicalOrder.isRightToLeft($0.scalar) }).count > glyphs.count {
            return piece.x1 <= last.x1 + piece.height
                && first.x0 - space - firstWordWidth(of: glyphs, in: piece, rightToLeft: true) < limit.x0 - 0.5
        }
        return piece.x0 >= first.x0 - piece.height
            && last.x1 + space + firstWordWidth(of: glyphs, in: piece, rightToLeft: false) > limit.x1 + 0.5
    }

    /// The width of the piece's first word: its characters (`glyphs`) up to the first word
    /// space, from the right in right-to-left script. Text without spaces (Chinese) counts
    /// whole, since it may wrap anywhere.
    func firstWordWidth(of glyphs: [Glyph], in piece: Rect, rightToLeft: Bool) -> Double {
        let boxes = glyphs.map(\.box).sorted { rightToLeft ? $0.x1 > $1.x1 : $0.x0 < $1.x0 }
        guard let start = boxes.first else { return piece.width }
        var reached = rightToLeft ? start.x0 : start.x1
        for box in boxes.dropFirst() {
            let gap = rightToLeft ? reached - box.x1 : box.x0 - reached
            if gap > 0.15 * box.height { break }
            reached = rightToLeft ? min(reached, box.x0) : max(reached, box.x1)
        }
        return rightToLeft ? piece.x1 - reached : reached - piece.x0
    }

    /// Whether a piece of the row reads as a number (most of its characters digits): body rows
    /// hold figures, the lines of a wrapped header do not.
    func holdsNumber(_ row: [[Rect]], index: GlyphIndex) -> Bool {
        row.joined().contains { piece in
            let scalars = index.glyphs(centredIn: piece).map(\.scalar)
            return 2 * scalars.filter { ("0"..."9").contains($0) }.count > scalars.count
        }
    }

    /// A horizontal border at `y`, left open where a piece of text crosses it. Lines set solid
    /// (boxes as tall as the line pitch) overlap their neighbours by a hair: a piece crosses
    /// only when a quarter of its height lies on each side.
    func openBorder(at y: Double, from x0: Double, to x1: Double, pieces: [Rect]) -> [Segment] {
        let crossings = pieces.filter {
            min(y - $0.top, $0.bottom - y) > 0.25 * $0.height && $0.x1 > x0 && $0.x0 < x1
        }.map { ($0.x0, $0.x1) }
        return Segment.open(at: y, from: x0, to: x1, gaps: crossings)
    }
}
