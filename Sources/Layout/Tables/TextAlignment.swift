import PageModel

/// Rows and columns read from where text sits, for borders that are not drawn.
///
/// Text is cut into pieces at gaps wider than `columnGap` character heights; pieces sharing a
/// baseline form a row; a column boundary is a vertical strip of white space that the rows with
/// the most pieces all leave open.
struct TextAlignment: Sendable {
    var options: TableFinder.Options

    /// Runs of characters on one baseline without a column-wide gap, top to bottom.
    func pieces(of glyphs: [Glyph]) -> [TextLine] {
        var builder = LineBuilder()
        builder.maxGap = options.columnGap
        return builder.lines(from: glyphs)
    }

    /// Pieces grouped into rows (same baseline band), top to bottom, each row left to right.
    func groupIntoRows(_ pieces: [TextLine]) -> [[TextLine]] {
        let sorted = pieces.sorted { $0.box.midY < $1.box.midY }
        var rows: [[TextLine]] = []
        var band: Rect?
        for piece in sorted {
            if let box = band, piece.box.verticalOverlap(box) >= 0.5 * min(piece.box.height, box.height) {
                rows[rows.count - 1].append(piece)
                band = box.union(piece.box)
            } else {
                rows.append([piece])
                band = piece.box
            }
        }
        return rows.map { $0.sorted { $0.box.x0 < $1.box.x0 } }
    }

    /// x positions between columns: gaps that the fullest rows all leave open and that at least
    /// half of those rows have text on both sides of.
    func columnSeparators(_ rows: [[TextLine]]) -> [Double] {
        let split = rows.filter { $0.count >= 2 }
        guard !split.isEmpty else { return [] }
        let counts = split.map(\.count).sorted()
        let full = split.filter { $0.count >= counts[counts.count / 2] }

        // Blocks: the union of the full rows' pieces along x.
        var blocks: [(x0: Double, x1: Double)] = []
        for (x0, x1) in full.flatMap({ $0.map { ($0.box.x0, $0.box.x1) } }).sorted(by: { $0.0 < $1.0 }) {
            if let last = blocks.last, x0 <= last.x1 {
                blocks[blocks.count - 1].x1 = max(last.x1, x1)
            } else {
                blocks.append((x0, x1))
            }
        }
        // Keep a gap only where enough rows put text on both sides of it; otherwise join blocks.
        var separators: [Double] = []
        var leftEdge = blocks.first?.x0 ?? 0
        for (left, right) in zip(blocks, blocks.dropFirst()) {
            let gapStart = left.x1, gapEnd = right.x0
            let support = full.filter { row in
                row.contains { $0.box.x1 <= gapStart && $0.box.x0 >= leftEdge }
                    && row.contains { $0.box.x0 >= gapEnd }
            }.count
            if 2 * support >= full.count, support >= 1 {
                separators.append((gapStart + gapEnd) / 2)
                leftEdge = gapEnd
            }
        }
        return separators
    }

    /// y positions between rows: halfway between neighbouring rows.
    func rowSeparators(_ rows: [[TextLine]]) -> [Double] {
        zip(rows, rows.dropFirst()).map { upper, lower in
            let bottom = upper.map(\.box.bottom).max()!, top = lower.map(\.box.top).min()!
            return (bottom + top) / 2
        }
    }

    /// A vertical border at `x` from `top` to `bottom`, left open where a piece of text crosses
    /// it (so that the piece's cell spans the columns on both sides).
    func openBorder(at x: Double, from top: Double, to bottom: Double, pieces: [TextLine]) -> [Segment] {
        let crossings = pieces.filter { $0.box.x0 < x && $0.box.x1 > x }
            .map { ($0.box.top, $0.box.bottom) }.sorted { $0.0 < $1.0 }
        var segments: [Segment] = []
        var start = top
        for (crossTop, crossBottom) in crossings {
            if crossTop > start { segments.append(Segment(position: x, start: start, end: crossTop)) }
            start = max(start, crossBottom)
        }
        if start < bottom { segments.append(Segment(position: x, start: start, end: bottom)) }
        return segments
    }
}
