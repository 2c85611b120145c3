import PageModel

/// Joins tables that continue from one page onto the next into logical tables.
///
/// A table continues onto the next page when it is the last thing on its page (only the footer
/// below it), the next page's first table starts at the top (only the running header above it),
/// carries no title of its own, and has the same outer column edges. Column edges of all parts
/// are merged, a header repeated at the top of a continuation page is dropped, and a merged cell
/// cut by the page break (a label spanning rows, blank on the second page) is joined again.
public struct TableStitcher: Sendable {
    public struct Options: Sendable, Hashable {
        /// Column edges of two parts within this distance are the same edge. Points.
        public var edgeTolerance: Double = 3.0
        /// At least this share of the edges of the part with fewer columns must match the other.
        public var minEdgeMatch: Double = 0.7
        /// Text within this share of the page height from the top or bottom edge is a running
        /// header or footer, which may sit between the parts of a table.
        public var marginShare: Double = 0.12
        /// A table continues on the next page only if it reaches below this share of its page's
        /// height.
        public var minBreakPosition: Double = 0.6
        /// At most this many leading rows of a continuation page are a repeated header.
        public var maxRepeatedHeaderRows: Int = 8

        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func stitch(_ tables: [PageTable], pages: [Page]) -> [LogicalTable] {
        let ordered = tables.sorted { $0.page != $1.page ? $0.page < $1.page : $0.box.top < $1.box.top }
        var pagesByNumber: [Int: Page] = [:]
        for page in pages { pagesByNumber[page.number] = page }
        var groups: [[PageTable]] = []
        for (index, table) in ordered.enumerated() {
            let previous = index > 0 ? ordered[index - 1] : nil
            if let previous, previous.page == table.page - 1,
               isLastOnPage(index - 1, ordered), isFirstOnPage(index, ordered),
               continues(from: previous, to: table, pages: pagesByNumber) {
                groups[groups.count - 1].append(table)
            } else {
                groups.append([table])
            }
        }
        return groups.map(join)
    }

    // MARK: Deciding

    func isLastOnPage(_ index: Int, _ ordered: [PageTable]) -> Bool {
        index + 1 >= ordered.count || ordered[index + 1].page != ordered[index].page
    }

    func isFirstOnPage(_ index: Int, _ ordered: [PageTable]) -> Bool {
        index == 0 || ordered[index - 1].page != ordered[index].page
    }

    /// Whether `next` (first table on the following page) continues `table` (last on its page).
    func continues(from table: PageTable, to next: PageTable, pages: [Int: Page]) -> Bool {
        guard next.caption.title == nil, table.caption.notes.isEmpty,
              abs(table.box.x0 - next.box.x0) <= options.edgeTolerance,
              abs(table.box.x1 - next.box.x1) <= options.edgeTolerance,
              columnEdgesMatch(table.columnEdges, next.columnEdges) else { return false }
        if let page = pages[table.page] {
            let footer = page.height * (1 - options.marginShare)
            guard table.extent.bottom >= options.minBreakPosition * page.height,
                  !page.glyphs.contains(where: { $0.box.midY > table.extent.bottom && $0.box.midY < footer })
            else { return false }
        }
        if let page = pages[next.page] {
            let header = page.height * options.marginShare
            guard !page.glyphs.contains(where: { $0.box.midY < next.extent.top && $0.box.midY > header })
            else { return false }
        }
        return true
    }

    func columnEdgesMatch(_ a: [Double], _ b: [Double]) -> Bool {
        let matched = b.filter { edge in a.contains { abs($0 - edge) <= options.edgeTolerance } }.count
        return Double(matched) >= options.minEdgeMatch * Double(min(a.count, b.count))
    }

    // MARK: Joining

    func join(_ parts: [PageTable]) -> LogicalTable {
        let edges = unionEdges(parts.flatMap(\.columnEdges))
        let first = parts[0]
        var cells = remapColumns(first, to: edges).cells
        var rowPages = Array(repeating: first.page, count: first.rowCount)
        for part in parts.dropFirst() {
            let continuation = remapColumns(part, to: edges)
            let repeated = repeatedHeaderRows(continuation, first: remapColumns(first, to: edges))
            let offset = rowPages.count - repeated
            for cell in continuation.cells where cell.rows.lowerBound >= repeated {
                var moved = cell
                moved.rows = (cell.rows.lowerBound + offset)..<(cell.rows.upperBound + offset)
                if repeated == 0, let above = cutCellAbove(moved, in: cells, rowCount: rowPages.count) {
                    // The box stays the one on the first page: a box spans no page break.
                    cells[above].rows = cells[above].rows.lowerBound..<moved.rows.upperBound
                    cells[above].text = joinText([cells[above].text, moved.text])
                    continue
                }
                cells.append(moved)
            }
            rowPages += Array(repeating: part.page, count: part.rowCount - repeated)
        }
        cells.sort { $0.rows.lowerBound != $1.rows.lowerBound ? $0.rows.lowerBound < $1.rows.lowerBound
                                                            : $0.columns.lowerBound < $1.columns.lowerBound }
        var caption = first.caption
        caption.notes = parts.flatMap(\.caption.notes)
        let detections = Set(parts.map(\.detection))
        return LogicalTable(pages: parts.map(\.page), rowCount: rowPages.count,
                            columnCount: edges.count - 1, cells: cells, rowPages: rowPages,
                            headerRowCount: first.headerRowCount,
                            detection: detections.count == 1 ? first.detection : .partiallyRuled,
                            caption: caption, parts: parts)
    }

    /// All parts' column edges, those within `edgeTolerance` merged to their mean.
    func unionEdges(_ edges: [Double]) -> [Double] {
        var groups: [[Double]] = []
        for edge in edges.sorted() {
            if let first = groups.last?.first, edge - first <= options.edgeTolerance {
                groups[groups.count - 1].append(edge)
            } else {
                groups.append([edge])
            }
        }
        return groups.map { $0.reduce(0, +) / Double($0.count) }
    }

    /// The part with its cells' column ranges expressed in `edges`.
    func remapColumns(_ part: PageTable, to edges: [Double]) -> PageTable {
        let map = part.columnEdges.map { nearestIndex(edges, $0) }
        var out = part
        out.cells = part.cells.map { cell in
            var moved = cell
            moved.columns = map[cell.columns.lowerBound]..<map[cell.columns.upperBound]
            return moved
        }
        return out
    }

    /// How many leading rows of `continuation` repeat `first`'s leading rows cell for cell.
    func repeatedHeaderRows(_ continuation: PageTable, first: PageTable) -> Int {
        let limit = min(options.maxRepeatedHeaderRows, first.rowCount - 1, continuation.rowCount - 1)
        guard limit >= 1 else { return 0 }
        for count in stride(from: limit, through: 1, by: -1) {
            let head = signature(first, rows: count), repeated = signature(continuation, rows: count)
            if let head, head == repeated, head.contains(where: { !$0.text.isEmpty }) { return count }
        }
        return 0
    }

    /// The cells of the first `rows` rows, text without white space; nil when a cell straddles
    /// the boundary.
    func signature(_ table: PageTable, rows: Int) -> [TableCell]? {
        var out: [TableCell] = []
        for cell in table.cells where cell.rows.lowerBound < rows {
            guard cell.rows.upperBound <= rows else { return nil }
            out.append(TableCell(rows: cell.rows, columns: cell.columns,
                                 text: String(cell.text.unicodeScalars.filter { !$0.properties.isWhitespace }),
                                 box: Rect(x0: 0, top: 0, x1: 0, bottom: 0)))
        }
        return out.sorted { ($0.rows.lowerBound, $0.columns.lowerBound) < ($1.rows.lowerBound, $1.columns.lowerBound) }
    }

    /// The cell a page break cut: `cell` opens the continuation in the same columns as a labelled
    /// cell ending in the last row so far, and either is blank where one of the two spans rows
    /// (a merged cell, not an ordinary blank under a filled one), or holds text that reads on
    /// from the label above (a parenthetical remark, closing punctuation).
    func cutCellAbove(_ cell: TableCell, in cells: [TableCell], rowCount: Int) -> Int? {
        guard cell.rows.lowerBound == rowCount else { return nil }
        let readsOn = continuesPhrase(cell.text)
        guard cell.text.isEmpty || readsOn else { return nil }
        return cells.firstIndex { above in
            above.rows.upperBound == rowCount && above.columns == cell.columns && !above.text.isEmpty
                && (readsOn || above.rowSpan > 1 || cell.rowSpan > 1)
        }
    }
}

/// Whether text starts in the middle of a phrase: with closing punctuation, or with a bracketed
/// remark that is not a list number like （一） or (1).
func continuesPhrase(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    if "）)，,。、；;：:".unicodeScalars.contains(first) { return true }
    return (first == "（" || first == "(") && !startsHeading(text)
}
