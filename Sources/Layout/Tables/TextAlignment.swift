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
        let full = fullRows(rows)
        guard !full.isEmpty else { return [] }

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

    /// The rows holding the most pieces: of those with two or more, the half with the most.
    func fullRows(_ rows: [[Rect]]) -> [[Rect]] {
        let split = rows.filter { $0.count >= 2 }
        guard !split.isEmpty else { return [] }
        let counts = split.map(\.count).sorted()
        return split.filter { $0.count >= counts[counts.count / 2] }
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

    /// The pieces of `rows` cut at the word spaces that fall in the white space between two
    /// columns at `separators`: the words of neighbouring header cells set closer than a column
    /// gap ("method method sterilization"). A piece is cut where it has such a space at every
    /// separator it crosses, two or more; otherwise at one separator where at least
    /// `minWordCutLines` lines have a space there and more lines do than run across it without
    /// one. A heading over two columns is one line with one space; one over more has too few
    /// spaces to cut between every column. A separator the cut words still reach across moves
    /// to where they leave it open (`leastCrossed`). `index` gives the characters.
    func cuttingAtColumnSpaces(_ rows: [[Rect]], separators: [Double], index: GlyphIndex)
        -> (rows: [[Rect]], separators: [Double])
    {
        // The white space between the columns' text in the fullest rows (the body's figures).
        let full = fullRows(rows).joined()
        let strips = separators.map { x -> ClosedRange<Double> in
            let clear = full.filter { $0.x1 <= x || $0.x0 >= x }
            let left = clear.filter { $0.x1 <= x }.map(\.x1).max() ?? x
            return left...max(left, clear.filter { $0.x0 >= x }.map(\.x0).min() ?? x)
        }
        func crossed(_ piece: Rect) -> [Int] {
            separators.indices.filter { piece.x0 < separators[$0] && piece.x1 > separators[$0] }
        }
        // Pieces spaced at every column they cross, cut at all of them.
        var rows = rows.map { pieces in
            pieces.flatMap { piece -> [Rect] in
                let at = crossed(piece)
                guard at.count >= 2 else { return [piece] }
                var parts = [piece]
                for separator in at {
                    guard let cut = split(parts.removeLast(), atSpaceWithin: strips[separator], index: index)
                    else { return [piece] }
                    parts += cut
                }
                return parts
            }
        }
        // Then each column where several lines are spaced alike.
        for (separator, x) in separators.enumerated() {
            var cuts: [(row: Int, piece: Int, parts: [Rect])] = []
            var across = 0
            for (row, pieces) in rows.enumerated() {
                guard let piece = pieces.firstIndex(where: { $0.x0 < x && $0.x1 > x }) else { continue }
                if let parts = split(pieces[piece], atSpaceWithin: strips[separator], index: index) {
                    cuts.append((row, piece, parts))
                } else {
                    across += 1
                }
            }
            guard cuts.count >= options.minWordCutLines, cuts.count > across else { continue }
            for cut in cuts { rows[cut.row].replaceSubrange(cut.piece...cut.piece, with: cut.parts) }
        }
        let pieces = Array(rows.joined())
        let placed = zip(separators, strips).map { x, strip in
            pieces.contains { $0.x0 < x && $0.x1 > x }
                ? leastCrossed(from: strip.lowerBound, to: strip.upperBound, pieces: pieces) : x
        }
        return (rows, placed)
    }

    /// The piece as the two parts either side of its widest word space overlapping `strip`,
    /// or nil without one.
    func split(_ piece: Rect, atSpaceWithin strip: ClosedRange<Double>, index: GlyphIndex) -> [Rect]? {
        let boxes = index.glyphs(centredIn: piece).map(\.box).sorted { $0.x0 < $1.x0 }
        var widest: (gap: Double, at: Int)?
        var reached = boxes.first?.x1 ?? piece.x0
        for (at, box) in boxes.enumerated().dropFirst() {
            let gap = box.x0 - reached
            if gap >= options.wordSpace * box.height, reached <= strip.upperBound, box.x0 >= strip.lowerBound,
                gap > widest?.gap ?? 0
            {
                widest = (gap, at)
            }
            reached = max(reached, box.x1)
        }
        guard let at = widest?.at else { return nil }
        let parts = [boxes[..<at], boxes[at...]].map { part in
            part.dropFirst().reduce(part.first!) { $0.union($1) }
        }
        return parts
    }

    /// A vertical border at `x` from `top` to `bottom`, left open where a piece of text crosses
    /// it (so that the piece's cell spans the columns on both sides).
    func openBorder(at x: Double, from top: Double, to bottom: Double, pieces: [Rect]) -> [Segment] {
        // Only pieces within the span matter: one below it must not stretch the border past it.
        let inSpan = pieces.filter { $0.bottom > top && $0.top < bottom }
        // The opening reaches halfway to the lines above and below, where the row read from
        // the text ends: a line's own height alone leaves most of a loosely set row's side closed.
        let crossings = inSpan.filter { $0.x0 < x && $0.x1 > x }.map { piece in
            let above = inSpan.filter { $0.bottom <= piece.top }.map(\.bottom).max()
            let below = inSpan.filter { $0.top >= piece.bottom }.map(\.top).min()
            return (
                above.map { ($0 + piece.top) / 2 } ?? piece.top, below.map { ($0 + piece.bottom) / 2 } ?? piece.bottom
            )
        }
        return Segment.open(at: x, from: top, to: bottom, gaps: crossings)
    }
}
