import PageModel

/// Reads each cell's text: the characters whose box centre falls inside the cell, as lines in
/// reading order, joined without a space between CJK characters and with one between Latin words.
struct CellTextAssembler: Sendable {
    var lineBuilder = LineBuilder()

    /// One cell per span of `grid`, with its text from `glyphs` (the characters inside the grid).
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
            guard let row = slot(glyph.box.midY, in: grid.rowEdges),
                  let column = slot(glyph.box.midX, in: grid.columnEdges) else { continue }
            buckets[owner[row * grid.columnCount + column]].append(glyph)
        }
        return zip(grid.spans, buckets).map { span, glyphs in
            TableCell(rows: span.rows, columns: span.columns,
                      text: joinLines(lineBuilder.lines(from: glyphs)), box: grid.box(of: span))
        }
    }

    /// The interval of `edges` that holds `value`, or nil outside them.
    func slot(_ value: Double, in edges: [Double]) -> Int? {
        guard let first = edges.first, let last = edges.last, value >= first, value <= last else {
            return nil
        }
        return min(max(lowerBound(edges, value) - 1, 0), edges.count - 2)
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
           !last.isCJK, !first.isCJK {
            out += " "
        }
        out += piece
    }
    return out
}
