import PageModel

/// Finds the tables on one page.
///
/// Stages:
/// 1. Rulings are cleaned up into whole lines (`RulingNetwork`): duplicates snapped together,
///    pieces joined; lines that touch form groups.
/// 2. Each group draws a grid (`GridBuilder`): every line position is an edge, and positions not
///    separated by a drawn border merge into one cell. A group that draws only the outer frame in
///    one direction has that direction completed from text alignment.
/// 3. Text outside the ruled grids is searched for aligned columns (`TextTableFinder`).
/// 4. Each grid gets its text (`CellTextAssembler`), header rows (`HeaderRowDetector`) and the
///    caption and notes around it (`CaptionAssigner`).
public struct TableFinder: Sendable {
    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func findTables(on page: Page, fonts: [Font]) -> [PageTable] {
        let index = GlyphIndex(page.glyphs)
        let network = RulingNetwork(rulings: page.rulings, options: options)
        var found = network.connectedGroups(tolerance: options.intersectionTolerance)
            .compactMap { ruledGrid($0, index: index) }
        found = dropNested(found)

        var tables: [(table: PageTable, textHeight: Double)] = found.compactMap { grid, detection in
            makeTable(grid, detection: detection, page: page, index: index)
        }
        let outside = page.glyphs.filter { glyph in !tables.contains { $0.table.box.contains(glyph) } }
        let looseRules = network.horizontals.filter { rule in
            !tables.contains { $0.table.box.contains(x: (rule.start + rule.end) / 2, y: rule.position) }
        }
        let textTables = TextTableFinder(options: options)
            .findTables(glyphs: outside, rules: looseRules, pageWidth: page.width)
        tables += textTables.compactMap { makeTable($0.grid, detection: $0.detection, page: page, index: index) }

        tables.sort { $0.table.box.top != $1.table.box.top ? $0.table.box.top < $1.table.box.top
                                                          : $0.table.box.x0 < $1.table.box.x0 }
        let free = outside.filter { glyph in !tables.contains { $0.table.box.contains(glyph) } }
        return CaptionAssigner(options: options, fonts: fonts)
            .assignCaptions(tables.map(\.table), textHeights: tables.map(\.textHeight),
                            lines: LineBuilder().lines(from: free))
    }

    /// The grid a group of touching rulings draws, completed from text alignment where the
    /// group draws no inner lines in one direction; nil when it is no table.
    func ruledGrid(_ group: RulingNetwork, index: GlyphIndex) -> (Grid, TableDetection)? {
        let builder = GridBuilder(options: options)
        guard let grid = builder.buildGrid(horizontals: group.horizontals, verticals: group.verticals)
        else { return nil }
        if grid.rowCount > 1, grid.columnCount > 1 {
            return grid.spans.count >= options.minTableCells ? (grid, .ruled) : nil
        }
        // Only the frame in one direction (or both): read the missing lines from the text.
        let alignment = TextAlignment(options: options)
        let box = grid.box
        let pieces = alignment.pieces(of: index.glyphs(centredIn: box))
        let rows = alignment.groupIntoRows(pieces)
        var horizontals = group.horizontals, verticals = group.verticals
        if grid.columnCount == 1 {
            let separators = alignment.columnSeparators(rows)
            guard !separators.isEmpty else {
                // A list of rows in a box: a one-column table, unless it is a single framed block.
                return grid.rowCount > 1 && grid.spans.count >= options.minTableCells ? (grid, .ruled) : nil
            }
            for x in separators {
                verticals += alignment.openBorder(at: x, from: box.top, to: box.bottom, pieces: pieces)
            }
        }
        if grid.rowCount == 1 {
            guard rows.count > 1 else { return nil }
            horizontals += alignment.rowSeparators(rows)
                .map { Segment(position: $0, start: box.x0, end: box.x1) }
        }
        guard let completed = builder.buildGrid(horizontals: horizontals, verticals: verticals),
              completed.rowCount > 1, completed.columnCount > 1,
              completed.spans.count >= options.minTableCells else { return nil }
        return (completed, .partiallyRuled)
    }

    /// Grids lying inside another grid (a frame drawn within a cell) are part of the outer one.
    func dropNested(_ grids: [(Grid, TableDetection)]) -> [(Grid, TableDetection)] {
        grids.filter { grid, _ in
            !grids.contains { other, _ in
                other.box != grid.box && other.box.contains(x: grid.box.x0 + 0.5, y: grid.box.top + 0.5)
                    && other.box.contains(x: grid.box.x1 - 0.5, y: grid.box.bottom - 0.5)
            }
        }
    }

    /// The table a grid holds, with its text and header rows; nil when every cell is blank
    /// (ruling art, a form drawn without labels).
    func makeTable(_ grid: Grid, detection: TableDetection, page: Page, index: GlyphIndex)
        -> (table: PageTable, textHeight: Double)? {
        let glyphs = index.glyphs(centredIn: grid.box)
        let cells = CellTextAssembler().assignText(grid, glyphs: glyphs)
        guard cells.contains(where: { !$0.text.isEmpty }) else { return nil }
        let header = HeaderRowDetector(options: options)
            .countHeaderRows(cells: cells, rowEdges: grid.rowEdges, fills: page.fills)
        let table = PageTable(page: page.number, box: grid.box, rowEdges: grid.rowEdges,
                              columnEdges: grid.columnEdges, cells: cells, headerRowCount: header,
                              detection: detection)
        let heights = glyphs.map(\.box.height).sorted()
        return (table, heights[heights.count / 2])
    }
}

extension Rect {
    /// Whether the glyph's centre lies inside.
    func contains(_ glyph: Glyph) -> Bool {
        contains(x: glyph.box.midX, y: glyph.box.midY)
    }
}
