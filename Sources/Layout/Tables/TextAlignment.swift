import PageModel

/// Rows and columns read from where text sits, for borders that are not drawn.
///
/// Text is cut into pieces at gaps wider than `columnGap` character heights; pieces sharing a
/// baseline form a row; a column boundary is a vertical strip of white space that the rows with
/// the most pieces all leave open.
struct TextAlignment: Sendable {
    var options: TableFinder.Options

    /// The text as rows of pieces: runs of characters on one baseline without a column-wide gap
    /// (or, between two digits, a gap wider than `numberGap`: no number holds a space that wide,
    /// so figures of neighbouring columns set close stay apart), cut also at every x in
    /// `breaks` (drawn column edges). Only where text sits matters here, so no text is built (the
    /// cells read theirs later).
    func rows(of glyphs: [Glyph], breaks: [Double] = []) -> [[Rect]] {
        groupIntoRows(glyphs.map(\.box)).map { band in
            var pieces: [Rect] = []
            var previous: Glyph?
            for glyph in band.map({ glyphs[$0] }) {
                let box = glyph.box
                if let last = pieces.last, let previous,
                    box.x0 - previous.box.x1 <= gap(between: previous, and: glyph),
                    !breaks.contains(where: { $0 > previous.box.midX && $0 < box.midX })
                {
                    pieces[pieces.count - 1] = last.union(box)
                } else {
                    pieces.append(box)
                }
                previous = glyph
            }
            return pieces
        }
    }

    /// The widest gap between two neighbouring characters of one piece.
    func gap(between left: Glyph, and right: Glyph) -> Double {
        let height = max(left.box.height, right.box.height)
        let digits = left.scalar.properties.numericType == .decimal && right.scalar.properties.numericType == .decimal
        return (digits ? options.numberGap : options.columnGap) * height
    }

    /// Indices of `boxes` grouped into rows (same baseline band, as `LineBuilder` bands
    /// characters), top to bottom, each row left to right.
    func groupIntoRows(_ boxes: [Rect]) -> [[Int]] {
        let sorted = boxes.indices.sorted { boxes[$0].midY < boxes[$1].midY }
        var rows: [[Int]] = []
        var band: Rect?
        for index in sorted {
            let box = boxes[index]
            if let current = band, box.verticalOverlap(current) >= 0.5 * min(box.height, current.height) {
                rows[rows.count - 1].append(index)
                band = current.union(box)
            } else {
                rows.append([index])
                band = box
            }
        }
        return rows.map { $0.sorted { boxes[$0].x0 < boxes[$1].x0 } }
    }

    /// x positions between columns: gaps that the fullest rows all leave open, with text of
    /// several rows right beside them on both sides.
    ///
    /// A separator goes to a drawn column edge lying in the gap, from `preferred`, so that columns
    /// read from the body line up with those ruled in the header; otherwise to the gap's middle.
    func columnSeparators(_ rows: [[Rect]], preferred: [Double] = []) -> [Double] {
        let split = rows.filter { $0.count >= 2 }
        guard !split.isEmpty else { return [] }
        let counts = split.map(\.count).sorted()
        let full = split.filter { $0.count >= counts[counts.count / 2] }

        // Blocks: the union of the full rows' pieces along x.
        var blocks: [(x0: Double, x1: Double)] = []
        for (x0, x1) in full.flatMap({ $0.map { ($0.x0, $0.x1) } }).sorted(by: { $0.0 < $1.0 }) {
            if let last = blocks.last, x0 <= last.x1 {
                blocks[blocks.count - 1].x1 = max(last.x1, x1)
            } else {
                blocks.append((x0, x1))
            }
        }
        let others = rows.flatMap { $0 }
        // Keep a gap only where the blocks on both sides each hold text from several rows (one
        // row's wide word space is no column boundary); otherwise join the blocks.
        let minRows = min(2, full.count)
        var separators: [Double] = []
        var leftEdge = blocks.first?.x0 ?? 0
        for (left, right) in zip(blocks, blocks.dropFirst()) {
            let leftRows = full.filter { row in row.contains { $0.x0 >= leftEdge && $0.x1 <= left.x1 } }.count
            let rightRows = full.filter { row in row.contains { $0.x0 >= right.x0 && $0.x1 <= right.x1 } }.count
            if leftRows >= minRows, rightRows >= minRows {
                let drawn = preferred.filter { $0 > left.x1 && $0 < right.x0 }
                    .min { abs($0 - (left.x1 + right.x0) / 2) < abs($1 - (left.x1 + right.x0) / 2) }
                separators.append(drawn ?? leastCrossed(from: left.x1, to: right.x0, pieces: others))
                leftEdge = right.x0
            }
        }
        return separators
    }

    /// The x in the gap from `low` to `high` between two columns' text that the fewest
    /// `pieces` reaching into it from one side cross (lines of a cell wrapped wider than the
    /// column's other lines): the gap's middle when none does, else as near the right column's
    /// text as that allows, since a line running into the gap is the left column's. Pieces
    /// lying inside the gap (a header centred over both columns) leave it where it is.
    func leastCrossed(from low: Double, to high: Double, pieces: [Rect]) -> Double {
        let middle = (low + high) / 2
        let fromLeft = pieces.filter { $0.x0 < low && $0.x1 > low && $0.x1 < high }
        let fromRight = pieces.filter { $0.x1 > high && $0.x0 > low && $0.x0 < high }
        let reaching = fromLeft + fromRight
        func crossings(_ x: Double) -> Int { reaching.filter { $0.x0 < x && $0.x1 > x }.count }
        guard crossings(middle) > 0 else { return middle }
        let candidates = [high - 0.5] + fromLeft.map { $0.x1 + 0.5 } + fromRight.map { $0.x0 - 0.5 }
        return candidates.min { a, b in
            let ca = crossings(a), cb = crossings(b)
            return ca != cb ? ca < cb : a > b
        } ?? middle
    }

    /// y positions between rows: halfway between neighbouring rows.
    func rowSeparators(_ rows: [[Rect]]) -> [Double] {
        zip(rows, rows.dropFirst()).map { upper, lower in
            let bottom = upper.map(\.bottom).max()!, top = lower.map(\.top).min()!
            return (bottom + top) / 2
        }
    }

    /// A vertical border at `x` from `top` to `bottom`, left open where a piece of text crosses
    /// it (so that the piece's cell spans the columns on both sides).
    func openBorder(at x: Double, from top: Double, to bottom: Double, pieces: [Rect]) -> [Segment] {
        // Only pieces within the span matter: one below it must not stretch the border past it.
        let crossings = pieces.filter { $0.x0 < x && $0.x1 > x && $0.bottom > top && $0.top < bottom }
            .map { ($0.top, $0.bottom) }
        return Segment.open(at: x, from: top, to: bottom, gaps: crossings)
    }
}
