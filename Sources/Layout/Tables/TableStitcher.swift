import PageModel

/// Joins tables that continue from one page onto the next into logical tables.
///
/// A table continues onto the next page when it is the last thing on its page (only the footer
/// below it), the next page's first table starts at the top (only the running header above it),
/// carries no title of its own (or 续表, or the same title over a repeated header), and has the
/// same outer column edges. Column edges of all parts
/// are merged, a header repeated at the top of a continuation page is dropped, and a merged cell
/// cut by the page break (a label spanning rows, blank on the second page) is joined again.
package struct TableStitcher: Sendable {
    package struct Options: Sendable, Hashable {
        /// Column edges of two parts within this distance are the same edge. Points.
        package var edgeTolerance: Double = 3.0
        /// At least this share of the edges of the part with fewer columns must match the other.
        package var minEdgeMatch: Double = 0.7
        /// Parts with as many columns correspond edge for edge when each edge lies within this
        /// share of its narrower neighbouring column of the other's: column edges read from text
        /// alignment sit in the middle of gaps that differ from page to page.
        package var edgeDriftShare: Double = 0.3
        /// Text within this share of the page height from the top or bottom edge is a running
        /// header or footer, which may sit between the parts of a table.
        package var marginShare: Double = 0.12
        /// A table continues on the next page only if it reaches below this share of its page's
        /// height.
        package var minBreakPosition: Double = 0.6
        /// At most this many leading rows of a continuation page are a repeated header.
        package var maxRepeatedHeaderRows: Int = 8
        /// How notes that run over onto the next page are read (those of table finding).
        package var notes = TableFinder.Options()

        package init() {}
    }

    package var options: Options

    package init(options: Options = Options()) {
        self.options = options
    }

    package func stitch(_ tables: [PageTable], pages: [Page]) -> [LogicalTable] {
        let ordered = tables.sorted { $0.page != $1.page ? $0.page < $1.page : $0.box.top < $1.box.top }
        var pagesByNumber: [Int: Page] = [:]
        for page in pages { pagesByNumber[page.number] = page }
        var groups: [[PageTable]] = []
        for (index, table) in ordered.enumerated() {
            let previous = index > 0 ? ordered[index - 1] : nil
            if let previous, let first = groups.last?.first, previous.page == table.page - 1,
                isLastOnPage(index - 1, ordered), isFirstOnPage(index, ordered),
                continues(from: previous, to: table, first: first, pages: pagesByNumber)
            {
                groups[groups.count - 1].append(table)
            } else {
                groups.append([table])
            }
        }
        // A fragment that continues nothing is no table; its text is body text.
        return groups.filter { !$0.allSatisfy(\.isFragment) }.map { parts in
            var table = join(parts)
            if let last = parts.last, let next = pagesByNumber[last.page + 1] {
                addSpilledNotes(
                    to: &table, after: last, pages: pagesByNumber, nextPage: next,
                    tablesOnNextPage: ordered.filter { $0.page == next.number })
            }
            return table
        }
    }

    // MARK: Deciding

    func isLastOnPage(_ index: Int, _ ordered: [PageTable]) -> Bool {
        index + 1 >= ordered.count || ordered[index + 1].page != ordered[index].page
    }

    func isFirstOnPage(_ index: Int, _ ordered: [PageTable]) -> Bool {
        index == 0 || ordered[index - 1].page != ordered[index].page
    }

    /// Whether `next` (first table on the following page) continues `table` (last on its page),
    /// which continues `first` or is it.
    func continues(from table: PageTable, to next: PageTable, first: PageTable, pages: [Int: Page]) -> Bool {
        guard table.caption.notes.isEmpty, titleAllowsContinuing(next, first: first),
            abs(table.box.x0 - next.box.x0) <= options.edgeTolerance,
            abs(table.box.x1 - next.box.x1) <= options.edgeTolerance,
            columnEdgesMatch(table.columnEdges, next.columnEdges)
                || edgesCorrespond(table.columnEdges, next.columnEdges)
        else { return false }
        return endsAtPageBottom(table, page: pages[table.page])
            && startsAtPageTop(next, page: pages[next.page])
    }

    /// Whether the continuation's caption lets it continue `first`: it has no title, or marks
    /// itself as continued (续表), or repeats the title and subtitle over a repeated header.
    func titleAllowsContinuing(_ next: PageTable, first: PageTable) -> Bool {
        guard let title = next.caption.title else { return true }
        if title.hasPrefix("续表") || title.hasPrefix("(续") || title.hasPrefix("（续") { return true }
        guard title == first.caption.title, next.caption.subtitle == first.caption.subtitle else { return false }
        let edges = unionEdges(first.columnEdges + next.columnEdges)
        return repeatedHeaderRows(remapColumns(next, to: edges), first: remapColumns(first, to: edges)) > 0
    }

    /// Whether only the footer lies below the table, low on its page. True without the page.
    func endsAtPageBottom(_ table: PageTable, page: Page?) -> Bool {
        guard let page else { return true }
        let footer = page.height * (1 - options.marginShare)
        return table.extent.bottom >= options.minBreakPosition * page.height
            && !page.glyphs.contains { $0.box.midY > table.extent.bottom && $0.box.midY < footer }
    }

    /// Whether only the running header lies above the table. True without the page.
    func startsAtPageTop(_ table: PageTable, page: Page?) -> Bool {
        guard let page else { return true }
        let header = page.height * options.marginShare
        return !page.glyphs.contains { $0.box.midY < table.extent.top && $0.box.midY > header }
    }

    func columnEdgesMatch(_ a: [Double], _ b: [Double]) -> Bool {
        let matched = b.filter { edge in a.contains { abs($0 - edge) <= options.edgeTolerance } }.count
        return Double(matched) >= options.minEdgeMatch * Double(min(a.count, b.count))
    }

    /// Whether `b` has one edge for each of `a`'s, each near its counterpart.
    func edgesCorrespond(_ a: [Double], _ b: [Double]) -> Bool {
        guard a.count == b.count, a.count >= 2 else { return false }
        return a.indices.allSatisfy { index in
            let left = index > 0 ? a[index] - a[index - 1] : .infinity
            let right = index + 1 < a.count ? a[index + 1] - a[index] : .infinity
            return abs(a[index] - b[index]) <= max(options.edgeTolerance, options.edgeDriftShare * min(left, right))
        }
    }

    // MARK: Notes after the break

    /// Notes printed at the top of the next page when the grid filled its page: the first lines
    /// there (after the running header) that start with a note marker.
    func addSpilledNotes(
        to table: inout LogicalTable, after last: PageTable, pages: [Int: Page],
        nextPage: Page, tablesOnNextPage: [PageTable]
    ) {
        guard table.caption.notes.isEmpty, endsAtPageBottom(last, page: pages[last.page]) else { return }
        let header = nextPage.height * options.marginShare
        let lines = LineBuilder().lines(
            from: nextPage.glyphs.filter { glyph in
                !tablesOnNextPage.contains { $0.extent.contains(glyph) }
            }
        ).sorted { $0.box.top < $1.box.top }
        let leading = lines.drop { $0.box.midY < header && !startsNote($0.text) }
        guard let first = leading.first, startsNote(first.text),
            !tablesOnNextPage.contains(where: { $0.box.top < first.box.top })
        else { return }
        let assigner = CaptionAssigner(options: options.notes, fonts: [])
        var claimed = Array(repeating: false, count: lines.count)
        let start = Rect(x0: last.box.x0, top: first.box.top, x1: last.box.x1, bottom: first.box.top)
        let picked = assigner.noteLines(below: start, lines: lines, claimed: &claimed).map { lines[$0] }
        guard let box = picked.map(\.box).enclosingRect() else { return }
        table.caption.notes = assigner.groupNotes(picked)
        table.extents.append(PageRegion(page: nextPage.number, box: box))
    }

    // MARK: Joining

    func join(_ parts: [PageTable]) -> LogicalTable {
        let first = parts[0]
        let edges =
            parts.allSatisfy { edgesCorrespond(first.columnEdges, $0.columnEdges) }
            ? first.columnEdges : unionEdges(parts.flatMap(\.columnEdges))
        var cells = remapColumns(first, to: edges).cells
        var rowPages = Array(repeating: first.page, count: first.rowCount)
        for part in parts.dropFirst() {
            let continuation = remapColumns(part, to: edges)
            let repeated = repeatedHeaderRows(continuation, first: remapColumns(first, to: edges))
            // The rest of a row whose text wrapped over the break joins that row.
            let runOn = repeated == 0 && isRunOnRow(continuation, after: cells, rowCount: rowPages.count)
            if runOn {
                for cell in continuation.cells where cell.rows.lowerBound == 0 && !cell.text.isEmpty {
                    if let above = cells.firstIndex(where: {
                        $0.rows.upperBound == rowPages.count && $0.columns == cell.columns
                    }) {
                        cells[above].text = joinText([cells[above].text, cell.text])
                    }
                }
            }
            let skipped = runOn ? 1 : repeated
            let offset = rowPages.count - skipped
            for cell in continuation.cells where cell.rows.lowerBound >= skipped {
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
            rowPages += Array(repeating: part.page, count: part.rowCount - skipped)
        }
        cells.sort {
            $0.rows.lowerBound != $1.rows.lowerBound
                ? $0.rows.lowerBound < $1.rows.lowerBound
                : $0.columns.lowerBound < $1.columns.lowerBound
        }
        var caption = first.caption
        caption.notes = parts.flatMap(\.caption.notes)
        let detections = Set(parts.map(\.detection))
        return LogicalTable(
            pages: parts.map(\.page), rowCount: rowPages.count,
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

    /// The part with its cells' column ranges expressed in `edges` (edge for edge when the part
    /// has as many).
    func remapColumns(_ part: PageTable, to edges: [Double]) -> PageTable {
        let map =
            part.columnEdges.count == edges.count
            ? Array(edges.indices) : part.columnEdges.map { nearestIndex(edges, $0) }
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
        let head = leadingRows(first, count: limit), repeated = leadingRows(continuation, count: limit)
        var count = 0, hasText = false
        var header = CellAgreement()
        // Rows match one by one; the repeat ends at the last matching row no cell straddles.
        // Within the first part's header the rows are judged together: read from a scan, the
        // same header came out as 编码 on one page and 纲码 on the next, or a two-cell row
        // as 人员经费 on one and KARE on the next, under rows that agree cell for cell.
        for row in 0..<limit {
            guard let agreement = CellAgreement(head.cells[row], repeated.cells[row]) else { break }
            let matching: Bool
            if row < first.headerRowCount {
                header.add(agreement)
                matching = header.isRepeat(tolerant: true)
                // Past a header that is not repeated, no row is.
                if row == first.headerRowCount - 1, !matching { break }
            } else {
                guard agreement.isRepeat(tolerant: false) else { break }
                matching = true
            }
            hasText = hasText || head.cells[row].contains { !$0.text.isEmpty }
            if matching, hasText, !head.straddled[row + 1], !repeated.straddled[row + 1] { count = row + 1 }
        }
        return count
    }

    /// How the cells of two rows laid out alike compare, text without marks (read from a scan,
    /// a header's 一 came out as “ on one page and - on the next).
    struct CellAgreement {
        var agreeing = 0, blankInOne = 0, differing = 0

        init() {}

        /// Nil when the rows' cells differ in place or span.
        init?(_ a: [TableCell], _ b: [TableCell]) {
            guard a.count == b.count, zip(a, b).allSatisfy({ $0.rows == $1.rows && $0.columns == $1.columns }) else {
                return nil
            }
            for (x, y) in zip(a, b) {
                let p = Self.withoutMarks(x.text), q = Self.withoutMarks(y.text)
                if p == q {
                    if !p.isEmpty { agreeing += 1 }
                } else if p.isEmpty || q.isEmpty {
                    blankInOne += 1
                } else {
                    differing += 1
                }
            }
        }

        mutating func add(_ other: CellAgreement) {
            agreeing += other.agreeing
            blankInOne += other.blankInOne
            differing += other.differing
        }

        /// Whether the rows are one: every cell agrees (blank cells too); or one is blank in one
        /// of them (a reading missed its 行次) where at least two others agree; or, `tolerant`,
        /// one cell at most differs or is blank for every four that agree (at least two).
        func isRepeat(tolerant: Bool) -> Bool {
            if differing == 0, blankInOne == 0 { return true }
            guard agreeing >= 2 else { return false }
            return tolerant ? differing + blankInOne <= max(1, agreeing / 4) : differing == 0 && blankInOne == 1
        }

        static func withoutMarks(_ text: String) -> String {
            String(
                String.UnicodeScalarView(
                    text.unicodeScalars.filter { scalar in
                        switch scalar.properties.generalCategory {
                        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                            .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
                            .modifierSymbol, .otherSymbol:
                            return false
                        default: return true
                        }
                    }))
        }
    }

    /// For each of the first `count` rows, the cells starting in it (text without white space,
    /// no box); and for each boundary up to `count`, whether a cell straddles it.
    func leadingRows(_ table: PageTable, count: Int) -> (cells: [[TableCell]], straddled: [Bool]) {
        var cells = Array(repeating: [TableCell](), count: count)
        var straddled = Array(repeating: false, count: count + 1)
        for cell in table.cells where cell.rows.lowerBound < count {
            let text = String(cell.text.unicodeScalars.filter { !$0.properties.isWhitespace })
            cells[cell.rows.lowerBound].append(
                TableCell(
                    rows: cell.rows, columns: cell.columns, text: text,
                    box: Rect(x0: 0, top: 0, x1: 0, bottom: 0)))
            for boundary in (cell.rows.lowerBound + 1)..<min(cell.rows.upperBound, count + 1) {
                straddled[boundary] = true
            }
        }
        return (cells.map { $0.sorted { $0.columns.lowerBound < $1.columns.lowerBound } }, straddled)
    }

    /// Whether the continuation's first row holds only the rest of text that wrapped in the last
    /// row before the break: its text sits in single cells under labelled cells of that row and
    /// reads as no amount, and it leaves blank some column the row above has filled.
    func isRunOnRow(_ continuation: PageTable, after cells: [TableCell], rowCount: Int) -> Bool {
        let first = continuation.cells.filter { $0.rows.lowerBound == 0 }
        let last = cells.filter { $0.rows.upperBound == rowCount }
        guard !first.isEmpty, first.allSatisfy({ $0.rowSpan == 1 }) else { return false }
        let filled = first.filter { !$0.text.isEmpty }
        guard !filled.isEmpty,
            filled.allSatisfy({ cell in
                !looksNumeric(cell.text)
                    && last.contains { $0.columns == cell.columns && !$0.text.isEmpty && !looksNumeric($0.text) }
            })
        else { return false }
        return last.contains { above in
            !above.text.isEmpty && first.contains { $0.columns == above.columns && $0.text.isEmpty }
        }
    }

    /// Digits with separators and signs only: an amount, a code or a row number.
    func looksNumeric(_ text: String) -> Bool {
        let compact = text.unicodeScalars.filter { !$0.properties.isWhitespace }
        return !compact.isEmpty && compact.allSatisfy { ("0"..."9").contains($0) || ".,-%".unicodeScalars.contains($0) }
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
