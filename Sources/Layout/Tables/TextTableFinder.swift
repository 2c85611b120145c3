import PageModel

/// Finds tables drawn without any rules: text in aligned columns.
///
/// Rows are the text's baselines and columns the white space the rows share (`TextAlignment`);
/// the grid is then built like a ruled one from borders synthesised along those gaps, left open
/// where a piece of text crosses them so that spanning headers become merged cells. The evidence
/// must be strong — several rows of at least `minTextColumns` aligned pieces — since a table of
/// contents or a label list also lines text up in two columns.
struct TextTableFinder: Sendable {
    var options: TableFinder.Options

    /// The grids of aligned text among `rows` (pieces of the text outside other tables, in rows);
    /// `index` gives the characters, to tell header rows from caption lines.
    func findGrids(rows: [[Rect]], index: GlyphIndex) -> [Grid] {
        let rows = joiningCentredLines(rows)
        return alignedBlocks(rows).flatMap { range in
            sideBySide(Array(rows[withHeader(range, rows: rows, index: index)])).compactMap { block in
                let pieces = block.flatMap { $0 }
                let region = Rect(
                    x0: pieces.map(\.x0).min()! - 1, top: rowBox(block[0]).top - 1,
                    x1: pieces.map(\.x1).max()! + 1, bottom: rowBox(block[block.count - 1]).bottom + 1)
                return buildGrid(block, region: region, index: index)
            }
        }
    }

    /// The rows with each line that sits between two others, overlapping both, in columns they
    /// leave empty, joined to the line above: a cell centred beside cells of two lines (a header
    /// `Code` over `Entity` next to a one-line `Name`). Its text then reads in the upper row, as a
    /// merged cell's text reads at its top.
    func joiningCentredLines(_ rows: [[Rect]]) -> [[Rect]] {
        var out: [[Rect]] = []
        var index = 0
        while index < rows.count {
            let line = rows[index]
            if let above = out.last, index + 1 < rows.count {
                let below = rows[index + 1]
                let box = rowBox(line), upper = rowBox(above), lower = rowBox(below)
                let apart = { (other: [Rect]) in
                    !line.contains { piece in other.contains { $0.x0 < piece.x1 && piece.x0 < $0.x1 } }
                }
                if box.top < upper.bottom, box.bottom > lower.top, upper.bottom <= lower.top,
                    apart(above), apart(below)
                {
                    out[out.count - 1] = (above + line).sorted { $0.x0 < $1.x0 }
                    index += 1
                    continue
                }
            }
            out.append(line)
            index += 1
        }
        return out
    }

    /// The block cut into tables standing side by side: at a column gap that no text crosses,
    /// at least `sideBySideGap` times as wide as every other gap, with a table of at least
    /// `minTextColumns` columns on each side. Rows left empty on one side are dropped there.
    func sideBySide(_ block: [[Rect]]) -> [[[Rect]]] {
        let pieces = block.flatMap { $0 }
        let separators = TextAlignment(options: options).columnSeparators(block)
        let gaps = separators.map { x -> Double in
            guard !pieces.contains(where: { $0.x0 < x && $0.x1 > x }) else { return 0 }
            let left = pieces.filter { $0.x1 <= x }.map(\.x1).max() ?? x
            let right = pieces.filter { $0.x0 >= x }.map(\.x0).min() ?? x
            return right - left
        }
        guard let widest = gaps.indices.max(by: { gaps[$0] < gaps[$1] }), gaps[widest] > 0,
            widest + 1 >= options.minTextColumns, separators.count - widest >= options.minTextColumns,
            gaps.indices.allSatisfy({ $0 == widest || options.sideBySideGap * gaps[$0] <= gaps[widest] })
        else { return [block] }
        let x = separators[widest]
        let parts = [block.map { $0.filter { $0.x1 <= x } }, block.map { $0.filter { $0.x0 >= x } }]
            .map { $0.filter { !$0.isEmpty } }
        guard parts.allSatisfy({ $0.count >= options.minTextRows }) else { return [block] }
        return parts.flatMap(sideBySide)
    }

    /// Maximal runs of closely spaced rows of several pieces each, where most rows have at least
    /// `minTextColumns` pieces, as ranges of row indices.
    func alignedBlocks(_ rows: [[Rect]]) -> [Range<Int>] {
        var blocks: [Range<Int>] = []
        var start = 0
        func close(at end: Int) {
            let aligned = rows[start..<end].filter { $0.count >= options.minTextColumns }.count
            if end - start >= options.minTextRows,
                Double(aligned) >= options.minAlignedRowShare * Double(end - start)
            {
                blocks.append(start..<end)
            }
        }
        for (index, row) in rows.enumerated() {
            guard row.count >= 2 else {
                close(at: index)
                start = index + 1
                continue
            }
            if index > start, rowBox(row).top - rowBox(rows[index - 1]).bottom > options.maxTextRowGap * rowHeight(row)
            {
                close(at: index)
                start = index
            }
        }
        close(at: rows.count)
        return blocks
    }

    /// The block grown upward by the header rows right above it: rows spaced like its own, within
    /// its width, in its type size, that are neither caption lines (unit, reporting body, period,
    /// form code, note) nor a sentence leading into the table. A spanning header cell has fewer
    /// pieces than the body rows, so the block itself stops below the header.
    func withHeader(_ block: Range<Int>, rows: [[Rect]], index: GlyphIndex) -> Range<Int> {
        let box = rows[block].flatMap { $0 }.enclosingRect()!
        let height = rowHeight(rows[block.lowerBound])
        let gaps = zip(rows[block], rows[block].dropFirst()).map { rowBox($1).top - rowBox($0).bottom }
        let maxGap = 1.5 * (gaps.max() ?? 0) + 1
        var start = block.lowerBound
        while start > 0, block.lowerBound - start < options.maxHeaderRows {
            let row = rowBox(rows[start - 1])
            guard rowBox(rows[start]).top - row.bottom <= maxGap,
                row.x0 >= box.x0 - height, row.x1 <= box.x1 + height,
                rowHeight(rows[start - 1]) < options.titleSizeRatio * height
            else { break }
            let text = String(
                String.UnicodeScalarView(
                    index.glyphs(centredIn: row).sorted { $0.box.x0 < $1.box.x0 }.map(\.scalar)))
            guard !CaptionLine(text).isMetaOnly, let last = text.last,
                !"：:。，,；;".contains(last), !startsNote(text), !startsHeading(text)
            else { break }
            start -= 1
        }
        return start..<block.upperBound
    }

    /// The grid of rows and inferred columns over `region`, or nil with too few columns.
    /// `index` gives the characters.
    func buildGrid(_ rows: [[Rect]], region: Rect, index: GlyphIndex) -> Grid? {
        let alignment = TextAlignment(options: options)
        let separators = alignment.columnSeparators(rows)
        guard separators.count + 1 >= options.minTextColumns else { return nil }
        // Header words set closer than a column gap are cut apart where the columns part.
        let (cutRows, placed) = alignment.cuttingAtColumnSpaces(rows, separators: separators, index: index)
        let pieces = cutRows.flatMap { $0 }
        let rowEdges = [region.top] + alignment.rowSeparators(rows) + [region.bottom]
        let horizontals = rowEdges.map { Segment(position: $0, start: region.x0, end: region.x1) }
        var verticals = [
            Segment(position: region.x0, start: region.top, end: region.bottom),
            Segment(position: region.x1, start: region.top, end: region.bottom),
        ]
        for x in placed {
            verticals += alignment.openBorder(at: x, from: region.top, to: region.bottom, pieces: pieces)
        }
        return GridBuilder(options: options).buildGrid(horizontals: horizontals, verticals: verticals)
    }

    func rowBox(_ row: [Rect]) -> Rect {
        row.enclosingRect()!
    }

    func rowHeight(_ row: [Rect]) -> Double {
        row.map(\.height).max() ?? 0
    }
}
