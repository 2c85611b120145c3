import PageModel

/// Reads each cell's text: the characters whose box centre falls inside the cell, as lines in
/// reading order, joined without a space between CJK characters and with one between Latin words.
/// Text turned on its side within a cell is read in its own direction.
struct CellTextAssembler: Sendable {
    var lineBuilder = LineBuilder()

    /// One cell per span of `grid`, with its text from `glyphs` (the characters inside the grid,
    /// in the text layer's order).
    func assignText(_ grid: Grid, glyphs: [Glyph]) -> [TableCell] {
        // Each position knows its cell; each character goes to the position its centre is in.
        var owner = Array(repeating: 0, count: grid.rowCount * grid.columnCount)
        for (index, span) in grid.spans.enumerated() {
            for row in span.rows {
                for column in span.columns { owner[row * grid.columnCount + column] = index }
            }
        }
        var buckets = Array(repeating: [Glyph](), count: grid.spans.count)
        for glyph in glyphs {
            guard let row = grid.row(containing: glyph.box.midY),
                let column = grid.column(containing: glyph.box.midX)
            else { continue }
            buckets[owner[row * grid.columnCount + column]].append(glyph)
        }
        return zip(grid.spans, buckets).map { span, glyphs in
            TableCell(
                rows: span.rows, columns: span.columns, text: cellText(glyphs),
                box: grid.box(of: span))
        }
    }

    /// `glyphs` in the text layer's order.
    func cellText(_ glyphs: [Glyph]) -> String {
        guard let first = glyphs.first else { return "" }
        // Text turned on its side in a cell (a narrow header column): read it stood upright.
        if glyphs.count >= 3, let rotation = QuarterTurn.rotation(of: glyphs, minShare: 0.7, minPairs: 2) {
            let turn = QuarterTurn(rotation: rotation, width: 0, height: 0)
            let upright = glyphs.map { Glyph(scalar: $0.scalar, box: turn.upright($0.box), font: $0.font) }
            return joinLines(lineBuilder.lines(from: upright))
        }
        // Most cells hold one line: every pair of characters then overlaps enough for
        // `LineBuilder` to band them together, and reading them left to right is all it would do.
        var top = first.box.top, bottom = first.box.bottom, height = first.box.height
        for glyph in glyphs {
            top = max(top, glyph.box.top)
            bottom = min(bottom, glyph.box.bottom)
            height = min(height, glyph.box.height)
        }
        if bottom - top >= lineBuilder.minVerticalOverlap * height {
            return TextLine.join(glyphs.sorted { $0.box.x0 < $1.box.x0 }, spaceGap: lineBuilder.spaceGap)
        }
        return joinLines(lineBuilder.lines(from: glyphs))
    }
}

/// Lines joined into one string: nothing between CJK characters (a wrapped Chinese phrase reads
/// on), a space between Latin words.
func joinLines(_ lines: [TextLine]) -> String {
    joinText(lines.map(\.text))
}

/// Pieces of text joined the way lines are: a space only between two non-CJK characters.
func joinText(_ pieces: [String]) -> String {
    var out = ""
    for piece in pieces where !piece.isEmpty {
        if let last = out.unicodeScalars.last, let first = piece.unicodeScalars.first,
            !last.isCJK, !first.isCJK
        {
            out += " "
        }
        out += piece
    }
    return out
}
