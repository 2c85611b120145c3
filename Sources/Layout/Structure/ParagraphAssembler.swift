import PageModel

/// Joins body lines into paragraphs. A line continues the open paragraph when the previous line
/// ran to the right edge, this one is not indented, no gap, table or figure lies between, and it
/// does not start a numbered item — on the same page or the next.
package struct ParagraphAssembler {
    package struct Options: Sendable, Hashable {
        /// A line indented by more than this many character heights starts a paragraph.
        package var indentThreshold = 0.8
        /// A line ending more than this many character heights short of the text's right edge
        /// ends its paragraph.
        package var shortLineThreshold = 1.2
        /// A vertical gap larger than this many line heights separates paragraphs.
        package var paragraphGap = 1.0

        package init() {}
    }

    let options: Options
    let style: BodyStyle
    let excluded: [Int: [Rect]]
    /// Left margin and right edge of body text per page width (landscape pages differ).
    private var margins: [Int: (left: Double, right: Double)] = [:]
    private var paragraphs: [DocumentStructure.Paragraph] = []
    private var open: (lines: [TextLine], page: Page, lastPage: Page, heading: Int?)?

    init(options: Options, style: BodyStyle, excluded: [Int: [Rect]]) {
        self.options = options
        self.style = style
        self.excluded = excluded
    }

    /// Something not body text came between: the open paragraph ends.
    mutating func interrupt() {
        guard let open else { return }
        var lines = open.lines[...]
        var text = lines.removeFirst().text
        var box = open.lines[0].box
        var previous = open.lines[0]
        for line in lines {
            if let a = previous.glyphs.last, let b = line.glyphs.first, !a.isCJK, !b.isCJK { text += " " }
            text += line.text
            if line.box.top > box.top { box = box.union(line.box) }
            previous = line
        }
        paragraphs.append(.init(text: text, page: open.page.number, heading: open.heading, box: box))
        self.open = nil
    }

    mutating func add(_ line: TextLine, page: Page, heading: Int?) {
        if let current = open, continues(current.lines.last!, on: current.lastPage, with: line, on: page),
            current.heading == heading
        {
            open?.lines.append(line)
            open?.lastPage = page
            return
        }
        interrupt()
        open = ([line], page, page, heading)
    }

    mutating func finish() -> [DocumentStructure.Paragraph] {
        interrupt()
        return paragraphs
    }

    private mutating func margin(for page: Page) -> (left: Double, right: Double)? {
        margins[Int(page.width.rounded())]
    }

    /// Body-text margins are learnt from all lines of pages of one width before assembling.
    mutating func learnMargins(_ lines: [(TextLine, Page)]) {
        var byWidth: [Int: [TextLine]] = [:]
        for (line, page) in lines where style.isBody(line) {
            byWidth[Int(page.width.rounded()), default: []].append(line)
        }
        for (width, group) in byWidth {
            var counts: [Int: Int] = [:]
            for line in group { counts[Int(line.box.x0.rounded()), default: 0] += 1 }
            let left = Double(counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key)
            let rights = group.map(\.box.x1).sorted()
            margins[width] = (left, rights[rights.count * 4 / 5])
        }
    }

    private mutating func continues(
        _ previous: TextLine, on previousPage: Page,
        with line: TextLine, on page: Page
    ) -> Bool {
        let h = max(line.height, 1)
        if abs(style.size(of: line) - style.size(of: previous)) > 1 { return false }
        guard let prevMargin = margin(for: previousPage), let margin = margin(for: page) else { return false }
        if line.box.x0 > margin.left + options.indentThreshold * h { return false }
        if previous.box.x1 < prevMargin.right - options.shortLineThreshold * h { return false }
        // A numbered item starts a paragraph, unless the line before runs on mid-sentence into
        // what only looks like a number: "…行政运行" then "（01）：支出决算为…".
        if HeadingNumbering(parsing: line.text) != nil,
            previous.text.last.map({ "。；;：:！!？?".contains($0) }) ?? true
        {
            return false
        }
        if page.number == previousPage.number {
            if line.box.top - previous.box.bottom > options.paragraphGap * h { return false }
            return !(excluded[page.number] ?? []).contains {
                $0.top >= previous.box.bottom - 1 && $0.bottom <= line.box.top + 1
            }
        }
        guard page.number == previousPage.number + 1 else { return false }
        // Across a page break: nothing of a table below the last line or above the first one.
        let below = (excluded[previousPage.number] ?? []).contains { $0.top >= previous.box.bottom - 1 }
        let above = (excluded[page.number] ?? []).contains { $0.bottom <= line.box.top + 1 }
        return !below && !above
    }
}
