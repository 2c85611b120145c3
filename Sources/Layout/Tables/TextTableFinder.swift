import PageModel

/// Finds tables drawn without a grid: text in aligned columns, either between horizontal rules
/// (a top and a bottom rule, perhaps one under the header) or with no rules at all.
///
/// Rows are the text's baselines and columns the white space the rows share (`TextAlignment`);
/// the grid is then built like a ruled one from borders synthesised along those gaps, left open
/// where a piece of text crosses them so that spanning headers become merged cells. Without rules
/// the evidence must be strong — several rows of at least `minTextColumns` aligned pieces — since
/// a table of contents or a label list also lines text up in two columns.
struct TextTableFinder: Sendable {
    var options: TableFinder.Options

    struct Found {
        var grid: Grid
        var detection: TableDetection
    }

    /// `glyphs` are the characters outside ruled tables, `rules` the horizontal lines that belong
    /// to no ruled table.
    func findTables(glyphs: [Glyph], rules: [Segment], pageWidth: Double) -> [Found] {
        let alignment = TextAlignment(options: options)
        let rows = alignment.groupIntoRows(alignment.pieces(of: glyphs))
        guard !rows.isEmpty else { return [] }
        var used = Array(repeating: false, count: rows.count)
        var found: [Found] = []

        let wideRules = rules.filter { $0.length >= options.minRuleWidthShare * pageWidth }
        for run in ruleRuns(wideRules, rows: rows) {
            let inside = rows.indices.filter { index in
                let box = rowBox(rows[index])
                return box.midY > run.first!.position && box.midY < run.last!.position
                    && box.midX > run[0].start && box.midX < run[0].end
            }
            let region = Rect(x0: run.map(\.start).min()!, top: run.first!.position,
                              x1: run.map(\.end).max()!, bottom: run.last!.position)
            guard inside.count >= 2,
                  let grid = buildGrid(inside.map { rows[$0] }, region: region, minColumns: 2)
            else { continue }
            for index in inside { used[index] = true }
            found.append(Found(grid: grid, detection: .partiallyRuled))
        }

        for block in alignedBlocks(rows, used: used) {
            let pieces = block.flatMap { $0 }
            let region = Rect(x0: pieces.map(\.box.x0).min()! - 1, top: rowBox(block[0]).top - 1,
                              x1: pieces.map(\.box.x1).max()! + 1,
                              bottom: rowBox(block[block.count - 1]).bottom + 1)
            if let grid = buildGrid(block, region: region, minColumns: options.minTextColumns) {
                found.append(Found(grid: grid, detection: .textAlignment))
            }
        }
        return found
    }

    /// Runs of wide rules with the same left and right ends, top to bottom, split where no row
    /// between two rules has more than one piece (caption text between two tables).
    func ruleRuns(_ rules: [Segment], rows: [[TextLine]]) -> [[Segment]] {
        let sorted = rules.sorted { $0.position < $1.position }
        var runs: [[Segment]] = []
        for rule in sorted {
            if let run = runs.last, let last = run.last,
               abs(last.start - rule.start) <= options.ruleExtentTolerance,
               abs(last.end - rule.end) <= options.ruleExtentTolerance,
               rows.contains(where: { row in
                   let box = rowBox(row)
                   return row.count >= 2 && box.midY > last.position && box.midY < rule.position
               }) {
                runs[runs.count - 1].append(rule)
            } else {
                runs.append([rule])
            }
        }
        return runs.filter { $0.count >= 2 }
    }

    /// Maximal runs of closely spaced rows of several pieces each, where most rows have at least
    /// `minTextColumns` pieces.
    func alignedBlocks(_ rows: [[TextLine]], used: [Bool]) -> [[[TextLine]]] {
        var blocks: [[[TextLine]]] = []
        var current: [[TextLine]] = []
        func close() {
            let aligned = current.filter { $0.count >= options.minTextColumns }.count
            if current.count >= options.minTextRows,
               Double(aligned) >= options.minAlignedRowShare * Double(current.count) {
                blocks.append(current)
            }
            current = []
        }
        for (index, row) in rows.enumerated() {
            guard !used[index], row.count >= 2 else {
                close()
                continue
            }
            if let previous = current.last {
                let gap = rowBox(row).top - rowBox(previous).bottom
                if gap > options.maxTextRowGap * rowHeight(row) { close() }
            }
            current.append(row)
        }
        close()
        return blocks
    }

    /// The grid of rows and inferred columns over `region`, or nil with fewer than `minColumns`.
    func buildGrid(_ rows: [[TextLine]], region: Rect, minColumns: Int) -> Grid? {
        let alignment = TextAlignment(options: options)
        let separators = alignment.columnSeparators(rows)
        guard separators.count + 1 >= minColumns else { return nil }
        let pieces = rows.flatMap { $0 }
        let rowEdges = [region.top] + alignment.rowSeparators(rows) + [region.bottom]
        let horizontals = rowEdges.map { Segment(position: $0, start: region.x0, end: region.x1) }
        var verticals = [Segment(position: region.x0, start: region.top, end: region.bottom),
                         Segment(position: region.x1, start: region.top, end: region.bottom)]
        for x in separators {
            verticals += alignment.openBorder(at: x, from: region.top, to: region.bottom, pieces: pieces)
        }
        return GridBuilder(options: options).buildGrid(horizontals: horizontals, verticals: verticals)
    }

    func rowBox(_ row: [TextLine]) -> Rect {
        row.map(\.box).enclosingRect()!
    }

    func rowHeight(_ row: [TextLine]) -> Double {
        row.map(\.height).max() ?? 0
    }
}
