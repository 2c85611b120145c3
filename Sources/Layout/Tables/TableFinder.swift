import PageModel

/// Finds the tables on one page.
///
/// Stages:
/// 1. Rulings are cleaned up into whole lines (`RulingNetwork`): duplicates snapped together,
///    pieces joined; lines that touch form groups.
/// 2. Each group draws a grid (`GridBuilder`); a grid drawn inside a cell of another is a table
///    of its own: every line position is an edge, and positions not
///    separated by a drawn border merge into one cell. Columns the text shows but no line draws,
///    and rows of a grid drawn with only its top and bottom lines, come from text alignment.
/// 3. Fills that tile a region are cells (`ShadedCellFinder`); horizontal rules drawn without
///    verticals are framed and built the same way
///    (`OpenRuleFinder`); text outside all grids is searched for aligned columns
///    (`TextTableFinder`).
/// 4. Each grid gets its text (`CellTextAssembler`), header rows (`HeaderRowDetector`) and the
///    caption and notes around it (`CaptionAssigner`).
package struct TableFinder: Sendable {
    package var options: Options

    package init(options: Options = Options()) {
        self.options = options
    }

    /// The tables of `page`; on a page whose text runs down or up it, read with the page
    /// stood upright (`QuarterTurn`).
    package func findTables(on page: Page, fonts: [Font]) -> [PageTable] {
        guard let turn = QuarterTurn(reading: page) else { return findUprightTables(on: page, fonts: fonts) }
        return findUprightTables(on: turn.upright(page), fonts: fonts).map(turn.onPage)
    }

    func findUprightTables(on page: Page, fonts: [Font]) -> [PageTable] {
        let index = GlyphIndex(page.glyphs)
        let network = RulingNetwork(rulings: page.rulings, options: options)
        let groups = network.connectedGroups(
            tolerance: options.intersectionTolerance, insetReach: options.insetRuleReach)
        var found = groups.map { ruledGrid($0, index: index, fonts: fonts) }
        // Row labels printed beside a grid, among the text no grid holds.
        let loose = page.glyphs.filter { glyph in !found.contains { $0?.0.box.contains(glyph) ?? false } }
        let labels = RowLabelFinder(options: options)
        for (index, grid) in found.enumerated() {
            guard let (grid, _) = grid, let labelled = labels.labelled(grid, glyphs: loose) else { continue }
            found[index] = (labelled, .partiallyRuled)
        }
        // A grid drawn inside a cell of another is a table of its own; the outer grid is read
        // without its text, and its cell says it holds a table.
        let boxes = found.map { $0?.0.box }
        var tables: [(table: PageTable, textHeight: Double)] = []
        for (group, grid) in zip(groups, found) {
            guard let grid else { continue }
            let inner = boxes.compactMap { $0 }.filter { $0 != grid.0.box && grid.0.box.encloses($0) }
            guard inner.isEmpty else {
                if let (outer, detection) = ruledGrid(group, index: index, fonts: fonts, excluding: inner),
                    let table = makeTable(outer, detection: detection, page: page, index: index, nested: inner)
                {
                    tables.append(table)
                }
                continue
            }
            if let table = makeTable(grid.0, detection: grid.1, page: page, index: index) { tables.append(table) }
        }

        // Shaded cells without rules, horizontal rules without verticals, then bare text, among
        // what the grids leave.
        let freeFills = page.fills.filter { fill in
            !tables.contains { $0.table.box.contains(x: fill.box.midX, y: fill.box.midY) }
        }
        for group in ShadedCellFinder(options: options).findGroups(fills: freeFills, page: page) {
            guard let (grid, _) = ruledGrid(group, index: index, fonts: fonts),
                let table = makeTable(grid, detection: .shaded, page: page, index: index)
            else { continue }
            tables.append(table)
        }
        let alignment = TextAlignment(options: options)
        var outside = page.glyphs.filter { glyph in !tables.contains { $0.table.box.contains(glyph) } }
        let looseRules = network.horizontals.filter { rule in
            !tables.contains { $0.table.box.contains(x: (rule.start + rule.end) / 2, y: rule.position) }
        }
        if !looseRules.isEmpty {
            let rows = alignment.rows(of: outside)
            for group in OpenRuleFinder(options: options).findGroups(rules: looseRules, rows: rows, page: page) {
                guard let (grid, detection) = ruledGrid(group, index: index, fonts: fonts),
                    let table = makeTable(grid, detection: detection, page: page, index: index)
                else { continue }
                tables.append(table)
            }
            outside.removeAll { glyph in tables.contains { $0.table.box.contains(glyph) } }
        }
        let rows = alignment.rows(of: outside)
        for grid in TextTableFinder(options: options).findGrids(rows: rows, index: index) {
            if let table = makeTable(grid, detection: .textAlignment, page: page, index: index) {
                tables.append(table)
            }
        }
        guard !tables.isEmpty else { return [] }

        tables.sort {
            $0.table.box.top != $1.table.box.top
                ? $0.table.box.top < $1.table.box.top
                : $0.table.box.x0 < $1.table.box.x0
        }
        let free = outside.filter { glyph in !tables.contains { $0.table.box.contains(glyph) } }
        // A fragment has no caption of its own: the lines around it are its neighbours'.
        let whole = tables.filter { !$0.table.isFragment }
        let captioned = CaptionAssigner(options: options, fonts: fonts)
            .assignCaptions(
                whole.map(\.table), textHeights: whole.map(\.textHeight),
                lines: LineBuilder().lines(from: free))
        return (captioned + tables.map(\.table).filter(\.isFragment))
            .sorted { $0.box.top != $1.box.top ? $0.box.top < $1.box.top : $0.box.x0 < $1.box.x0 }
    }

    /// The grid a group of touching rulings draws, completed from text alignment where borders
    /// are not drawn: columns whose text stands in separate columns of its own, and the rows that
    /// drawn rows hold as text lines (`UndrawnRowFinder`). Nil when it is no table.
    func ruledGrid(_ group: RulingNetwork, index: GlyphIndex, fonts: [Font], excluding nested: [Rect] = [])
        -> (Grid, TableDetection)?
    {
        let builder = GridBuilder(options: options)
        guard var grid = builder.buildGrid(horizontals: group.horizontals, verticals: group.verticals)
        else { return nil }
        var group = group
        if let cut = titleCut(grid, index: index, fonts: fonts, excluding: nested) {
            // The title printed in the frame's first row is the table's caption, not its cells.
            group.horizontals.removeAll { $0.position < cut - options.minCellSize }
            group.verticals = group.verticals.compactMap { line in
                line.end > cut ? Segment(position: line.position, start: max(line.start, cut), end: line.end) : nil
            }
            guard let shorter = builder.buildGrid(horizontals: group.horizontals, verticals: group.verticals)
            else { return nil }
            grid = shorter
        }
        if let cut = notesCut(grid, index: index, excluding: nested) {
            // The notes printed in the frame's last row are the table's notes, not its cells.
            group.horizontals.removeAll { $0.position > cut + options.minCellSize }
            group.verticals = group.verticals.compactMap { line in
                line.start < cut ? Segment(position: line.position, start: line.start, end: min(line.end, cut)) : nil
            }
            guard let shorter = builder.buildGrid(horizontals: group.horizontals, verticals: group.verticals)
            else { return nil }
            grid = shorter
        }
        let glyphs = index.glyphs(centredIn: grid.box).filter { glyph in !nested.contains { $0.contains(glyph) } }
        let inferredColumns = inferColumnBorders(grid, glyphs: glyphs, index: index)
        let columnEdges = (grid.columnEdges + inferredColumns.map(\.position)).sorted()
        let undrawnRows = UndrawnRowFinder(options: options)
            .borders(in: grid, glyphs: glyphs, index: index, columnEdges: columnEdges)
        let inferredRows =
            undrawnRows
            + spanningHeaderRules(
                grid, inferredColumns: inferredColumns, rowBorders: undrawnRows, glyphs: glyphs, index: index,
                columnEdges: columnEdges)
        var found = grid, detection = TableDetection.ruled
        if !inferredColumns.isEmpty || !inferredRows.isEmpty {
            guard
                let completed = builder.buildGrid(
                    horizontals: group.horizontals + inferredRows,
                    verticals: group.verticals + inferredColumns)
            else { return nil }
            found = completed
            detection = .partiallyRuled
        }
        found = found.joining(rows: spacerRows(found, glyphs: glyphs))
        // A frame around text without columns is no table; a single row is kept as a fragment
        // that only the stitcher may join to a table on the page before or after.
        guard found.rowCount >= 1, found.columnCount > 1, found.spans.count >= options.minTableCells
        else { return nil }
        return (found, detection)
    }

    /// The rows of `grid` that hold no text and are lower than `maxSpacerRowHeight` of its
    /// text (`glyphs`): the paper between rows drawn apart.
    func spacerRows(_ grid: Grid, glyphs: [Glyph]) -> Set<Int> {
        let heights = glyphs.map(\.box.height).sorted()
        guard !heights.isEmpty else { return [] }
        let limit = options.maxSpacerRowHeight * heights[heights.count / 2]
        let written = Set(glyphs.compactMap { grid.row(containing: $0.box.midY) })
        return Set(
            (0..<grid.rowCount).filter { row in
                grid.rowEdges[row + 1] - grid.rowEdges[row] < limit && !written.contains(row)
            })
    }

    /// Where the grid's first drawn row ends when it holds the table's title: a row without
    /// inner borders, over at least two others, all of whose characters are in larger type
    /// (`titleSizeRatio`) than most of the grid's (a title band a spreadsheet prints in its frame).
    func titleCut(_ grid: Grid, index: GlyphIndex, fonts: [Font], excluding nested: [Rect]) -> Double? {
        guard grid.rowCount >= 3,
            grid.spans.contains(where: { $0.rows == 0..<1 && $0.columns.count == grid.columnCount })
        else { return nil }
        let glyphs = index.glyphs(centredIn: grid.box).filter { glyph in !nested.contains { $0.contains(glyph) } }
        let cut = grid.rowEdges[1]
        let size = { (glyph: Glyph) in fonts.size(of: glyph.font, fallback: glyph.box.height) }
        let title = glyphs.filter { $0.box.midY < cut }.map(size)
        let rest = glyphs.filter { $0.box.midY > cut }.map(size).sorted()
        guard let smallest = title.min(), !rest.isEmpty,
            smallest >= options.titleSizeRatio * rest[rest.count / 2]
        else { return nil }
        return cut
    }

    /// Where the grid's last drawn row starts when it holds notes: a row without inner borders,
    /// under at least two others, whose text lines each run unbroken, one of them across half
    /// the grid (a sentence, not a row of cells), in a grid whose other rows hold lines of
    /// several pieces.
    func notesCut(_ grid: Grid, index: GlyphIndex, excluding nested: [Rect]) -> Double? {
        let last = grid.rowCount - 1
        guard grid.rowCount >= 3,
            grid.spans.contains(where: { $0.rows == last..<(last + 1) && $0.columns.count == grid.columnCount })
        else { return nil }
        let glyphs = index.glyphs(centredIn: grid.box).filter { glyph in !nested.contains { $0.contains(glyph) } }
        let alignment = TextAlignment(options: options)
        let cut = grid.rowEdges[last]
        let notes = alignment.rows(of: glyphs.filter { $0.box.midY > cut })
        guard !notes.isEmpty, notes.allSatisfy({ $0.count == 1 }),
            notes.contains(where: { $0[0].width >= 0.5 * grid.box.width }),
            alignment.rows(of: glyphs.filter { $0.box.midY < cut }).contains(where: { $0.count >= 2 })
        else { return nil }
        return cut
    }

    /// Borders for columns the text shows but no ruling draws: across rows drawn without any
    /// inner vertical (a body ruled only by horizontals under a fully ruled header), within a
    /// ruled column wherever it is a cell of its own, and within cells that span the same few
    /// ruled columns row after row (a body whose figures stand under a header ruled into
    /// columns, its rows drawn without those verticals). A merged cell of one drawn row stays
    /// merged.
    func inferColumnBorders(_ grid: Grid, glyphs: [Glyph], index: GlyphIndex) -> [Segment] {
        let columns = grid.columnCount
        var singleColumn = Array(repeating: false, count: grid.rowCount * columns)
        var openRow = Array(repeating: false, count: grid.rowCount)
        // Cells of one drawn row spanning several ruled columns, not all: the columns they span.
        var spanned: [Int: Range<Int>] = [:]
        for span in grid.spans {
            for row in span.rows {
                if span.columns.count == 1 { singleColumn[row * columns + span.columns.lowerBound] = true }
                if span.columns.count == columns { openRow[row] = true }
                if span.rows.count == 1, span.columns.count > 1, span.columns.count < columns {
                    for column in span.columns { spanned[row * columns + column] = span.columns }
                }
            }
        }
        // Pieces of text (cut at drawn column edges) of the open rows, and of each ruled column
        // where it is a cell of its own, kept in their text rows.
        let alignment = TextAlignment(options: options)
        let textRows = alignment.rows(of: glyphs, breaks: Array(grid.columnEdges.dropFirst().dropLast()))
        var open: [[Rect]] = []
        var byColumn = Array(repeating: [[Rect]](), count: columns)
        var bySpan: [Range<Int>: [[Rect]]] = [:]
        for textRow in textRows {
            var openPieces: [Rect] = []
            var columnPieces = Array(repeating: [Rect](), count: columns)
            var spanPieces: [Range<Int>: [Rect]] = [:]
            for piece in textRow {
                guard let row = grid.row(containing: piece.midY),
                    let column = grid.column(containing: piece.midX)
                else { continue }
                if openRow[row] {
                    openPieces.append(piece)
                } else if singleColumn[row * columns + column] {
                    columnPieces[column].append(piece)
                } else if let range = spanned[row * columns + column] {
                    spanPieces[range, default: []].append(piece)
                }
            }
            if !openPieces.isEmpty { open.append(openPieces) }
            for column in 0..<columns where !columnPieces[column].isEmpty {
                byColumn[column].append(columnPieces[column])
            }
            for (range, pieces) in spanPieces { bySpan[range, default: []].append(pieces) }
        }
        var borders = inferredBorders(open, over: (0..<grid.rowCount).filter { openRow[$0] }, grid: grid, index: index)
        for (column, rows) in byColumn.enumerated() where rows.contains(where: { $0.count > 1 }) {
            let gridRows = (0..<grid.rowCount).filter { !openRow[$0] && singleColumn[$0 * columns + column] }
            borders += inferredBorders(rows, over: gridRows, grid: grid, index: index)
        }
        for (range, rows) in bySpan {
            let gridRows = (0..<grid.rowCount).filter { spanned[$0 * columns + range.lowerBound] == range }
            // Several drawn rows, or one drawn row holding several lines, split the same way.
            let split = rows.filter { $0.count > 1 }
            let rowsSplit = Set(split.compactMap { grid.row(containing: $0[0].midY) })
            guard rowsSplit.count >= options.minSplitRows || split.count >= options.minUndrawnRows else { continue }
            // The figures take the columns ruled above them, never a gap of their own: a cut
            // between two characters' boxes (uneven ones, read from a scan) is no column.
            let ruled = Array(grid.columnEdges[(range.lowerBound + 1)..<range.upperBound])
            borders += inferredBorders(rows, over: gridRows, grid: grid, index: index, onlyAt: ruled)
        }
        return borders
    }

    /// Rules under header text that spans columns found from the text: in a drawn row, a
    /// piece crossing an inferred column border with text under it on both sides of that border
    /// ("Revenue" over "Medical" and "Family"), centred over the columns it reaches into, heads
    /// them, so a rule under it, across those columns, makes it a merged cell over theirs.
    /// `rowBorders` are those already read from the text: lines they part need no rule.
    func spanningHeaderRules(
        _ grid: Grid, inferredColumns: [Segment], rowBorders: [Segment], glyphs: [Glyph], index: GlyphIndex,
        columnEdges: [Double]
    ) -> [Segment] {
        let positions = Set(inferredColumns.map(\.position)).sorted()
        guard !positions.isEmpty else { return [] }
        let alignment = TextAlignment(options: options)
        let rows = alignment.rows(of: glyphs, breaks: Array(grid.columnEdges.dropFirst().dropLast()))
        let pieces = alignment.cuttingAtColumnSpaces(rows, separators: positions, index: index).rows.joined()
        var rules: [Segment] = []
        for row in 0..<grid.rowCount {
            let top = grid.rowEdges[row], bottom = grid.rowEdges[row + 1]
            let inRow = pieces.filter { $0.midY > top && $0.midY < bottom }
            for x in positions {
                for piece in inRow where piece.x0 < x && piece.x1 > x {
                    let left = columnEdges.last { $0 <= piece.x0 } ?? grid.box.x0
                    let right = columnEdges.first { $0 >= piece.x1 } ?? grid.box.x1
                    // A heading is centred over the columns it heads; words of neighbouring
                    // cells set close together are not.
                    guard abs(piece.midX - (left + right) / 2) <= 0.15 * (right - left) else { continue }
                    let under = inRow.filter {
                        $0.top >= piece.bottom - 0.5 && $0.x0 >= left - 0.5 && $0.x1 <= right + 0.5
                    }
                    guard under.contains(where: { $0.x1 <= x }), under.contains(where: { $0.x0 >= x }),
                        let next = under.map(\.top).min()
                    else { continue }
                    let y = (piece.bottom + next) / 2
                    guard y > top + options.minCellSize, y < bottom - options.minCellSize,
                        !rowBorders.contains(where: { $0.position > piece.bottom - 0.5 && $0.position < next + 0.5 })
                    else { continue }
                    rules.append(Segment(position: y, start: left, end: right))
                }
            }
        }
        return rules
    }

    /// Open borders along the column gaps of the text `rows` (pieces), over the grid rows
    /// `gridRows`, when enough text rows hold separate pieces; with `onlyAt` (the edges of
    /// ruled columns the text stands under), only at those x positions.
    func inferredBorders(
        _ rows: [[Rect]], over gridRows: [Int], grid: Grid, index: GlyphIndex, onlyAt allowed: [Double]? = nil
    ) -> [Segment] {
        let split = rows.filter { $0.count >= 2 }
        // Enough of the text lines hold several pieces, or every one of several drawn rows
        // holds such a line (cells wrapped over many lines in one column are no evidence
        // against the columns of the others).
        let rowsWithText = Set(rows.compactMap { grid.row(containing: $0[0].midY) })
        let rowsSplit = Set(split.compactMap { grid.row(containing: $0[0].midY) })
        guard split.count >= options.minSplitRows,
            Double(split.count) >= options.minSplitRowShare * Double(rows.count)
                || (rowsSplit.count >= options.minUndrawnRows && rowsSplit == rowsWithText)
        else { return [] }
        let alignment = TextAlignment(options: options)
        // A gap that more text rows run across than leave open is a word space or a dropped
        // character repeated in a few rows, not a column.
        let separators = alignment.columnSeparators(rows, preferred: grid.columnEdges).filter { x in
            var crossing = 0, open = 0
            for row in rows {
                let left = row.filter { $0.x1 <= x }.max { $0.x1 < $1.x1 }
                let right = row.filter { $0.x0 >= x }.min { $0.x0 < $1.x0 }
                if row.contains(where: { $0.x0 < x && $0.x1 > x }) {
                    crossing += 1
                } else if let left, let right {
                    // Under ruled columns, a line cut at a drawn edge only, its characters
                    // closer than a column gap, runs across it (a title centred over them).
                    let close = right.x0 - left.x1 < options.columnGap * max(left.height, right.height)
                    if allowed != nil, close { crossing += 1 } else { open += 1 }
                }
            }
            return (allowed?.contains(x) ?? true) && open > crossing
        }
        let (cutRows, placed) = alignment.cuttingAtColumnSpaces(rows, separators: separators, index: index)
        let cut = cutRows.flatMap { $0 }
        return placed.flatMap { x in
            gridRows.flatMap { row in
                alignment.openBorder(at: x, from: grid.rowEdges[row], to: grid.rowEdges[row + 1], pieces: cut)
            }
        }
    }

    /// The table a grid holds, with its text and header rows; nil when every cell is blank
    /// (ruling art, a form drawn without labels).
    /// `nested` are the boxes of tables drawn inside its cells: their text is theirs.
    func makeTable(
        _ grid: Grid, detection: TableDetection, page: Page, index: GlyphIndex,
        nested: [Rect] = []
    ) -> (table: PageTable, textHeight: Double)? {
        let glyphs = index.glyphsInTextOrder(centredIn: grid.box)
            .filter { glyph in !nested.contains { $0.contains(glyph) } }
        var cells = CellTextAssembler().assignText(grid, glyphs: glyphs)
        for index in cells.indices where nested.contains(where: { cells[index].box.contains(x: $0.midX, y: $0.midY) }) {
            cells[index].holdsTable = true
        }
        guard !glyphs.isEmpty, cells.contains(where: { !$0.text.isEmpty || $0.holdsTable }) else { return nil }
        let header = HeaderRowDetector(options: options)
            .countHeaderRows(cells: cells, rowEdges: grid.rowEdges, fills: page.fills)
        let table = PageTable(
            page: page.number, box: grid.box, rowEdges: grid.rowEdges,
            columnEdges: grid.columnEdges, cells: cells, headerRowCount: header,
            detection: detection)
        let heights = glyphs.map(\.box.height).sorted()
        return (table, heights[heights.count / 2])
    }
}

extension Rect {
    /// Whether `other` lies inside, borders within half a point.
    func encloses(_ other: Rect) -> Bool {
        contains(x: other.x0 + 0.5, y: other.top + 0.5) && contains(x: other.x1 - 0.5, y: other.bottom - 0.5)
    }

    /// Whether the glyph's centre lies inside.
    func contains(_ glyph: Glyph) -> Bool {
        contains(x: glyph.box.midX, y: glyph.box.midY)
    }
}
