import PageModel

/// Gives each table the printed lines that belong to it: the title, form code, unit and
/// reporting body above the grid, the notes under it. The table's extent grows to cover them, so
/// they are not read again as body text.
struct CaptionAssigner: Sendable {
    var options: TableFinder.Options
    var fonts: [Font]

    /// `lines` are the page's lines outside every grid; `tables` are sorted top to bottom, and
    /// `textHeights` holds the typical character height inside each.
    func assignCaptions(_ tables: [PageTable], textHeights: [Double], lines: [TextLine]) -> [PageTable] {
        var claimed = Array(repeating: false, count: lines.count)
        var out = tables
        // Notes first: a line under one table and above the next is the upper table's note,
        // never the lower table's title.
        for index in out.indices {
            let notes = noteLines(
                below: out[index].box, lines: lines, claimed: &claimed,
                floor: floor(under: out[index].box, tables: tables))
            out[index].caption.notes = groupNotes(notes.map { lines[$0] })
            extend(&out[index], by: notes.map { lines[$0].box })
        }
        for index in out.indices {
            let (caption, used) = caption(
                above: out[index], textHeight: textHeights[index],
                lines: lines, claimed: &claimed,
                ceiling: ceiling(over: out[index].box, tables: tables))
            out[index].caption.title = caption.title
            out[index].caption.subtitle = caption.subtitle
            out[index].caption.formCode = caption.formCode
            out[index].caption.unit = caption.unit
            out[index].caption.organization = caption.organization
            out[index].caption.unread = caption.unread
            extend(&out[index], by: used.map { lines[$0].box })
        }
        return out
    }

    func extend(_ table: inout PageTable, by boxes: [Rect]) {
        table.extent = boxes.reduce(table.extent) { $0.union($1) }
    }

    /// The top of the nearest grid below `box`: its notes end above it.
    func floor(under box: Rect, tables: [PageTable]) -> Double {
        tables.filter { $0.box.top >= box.bottom && overlapsHorizontally($0.box, box) }
            .map(\.box.top).min() ?? .infinity
    }

    /// The bottom of the nearest grid above `box`: its caption starts below it.
    func ceiling(over box: Rect, tables: [PageTable]) -> Double {
        tables.filter { $0.box.bottom <= box.top && overlapsHorizontally($0.box, box) }
            .map(\.box.bottom).max() ?? -.infinity
    }

    // MARK: Notes

    /// Indices of the note lines under a table: a first line starting with a note marker right
    /// under `region` (the grid), then the lines that follow it closely in the same type size,
    /// all above `floor`.
    func noteLines(
        below region: Rect, lines: [TextLine], claimed: inout [Bool],
        floor: Double = .infinity
    ) -> [Int] {
        let candidates = lines.indices.filter { index in
            let box = lines[index].box
            return !claimed[index] && box.top >= region.bottom - 1 && box.bottom <= floor
                && overlapsHorizontally(box, region)
        }.sorted { lines[$0].box.top < lines[$1].box.top }
        guard let first = candidates.first, startsNote(lines[first].text),
            lines[first].box.top - region.bottom <= options.noteGridGap * lines[first].height
        else { return [] }
        let size = fontSize(lines[first])
        var picked = [first]
        var bottom = lines[first].box.bottom
        for index in candidates.dropFirst() {
            let line = lines[index]
            guard line.box.top - bottom <= options.noteLineGap * line.height,
                abs(fontSize(line) - size) <= options.fontSizeTolerance
            else { break }
            picked.append(index)
            bottom = max(bottom, line.box.bottom)
        }
        for index in picked { claimed[index] = true }
        return picked
    }

    /// Note lines grouped into notes: a note starts at a marker or a number, or after a line that
    /// stops short of the right margin (a line that did not wrap).
    func groupNotes(_ lines: [TextLine]) -> [String] {
        let right = lines.map(\.box.x1).max() ?? 0
        var notes: [[TextLine]] = []
        var previous: TextLine?
        for line in lines {
            let wrapped = previous.map { $0.box.x1 >= right - 2 * $0.height } ?? false
            if notes.isEmpty || startsNote(line.text) || startsNumberedItem(line.text) || !wrapped {
                notes.append([line])
            } else {
                notes[notes.count - 1].append(line)
            }
            previous = line
        }
        return notes.map(joinLines)
    }

    // MARK: Captions

    /// The caption lines above a grid and below `ceiling`, nearest first: bands of meta lines
    /// (unit, reporting body, period, subtitle, form code) and at most one title; stops at
    /// anything else or at a wide gap.
    func caption(
        above table: PageTable, textHeight: Double, lines: [TextLine],
        claimed: inout [Bool], ceiling: Double
    ) -> (TableCaption, used: [Int]) {
        let candidates = lines.indices.filter { index in
            !claimed[index] && lines[index].box.bottom <= table.box.top + 1
                && lines[index].box.top >= ceiling && overlapsHorizontally(lines[index].box, table.box)
        }
        var caption = TableCaption()
        var used: [Int] = []
        var frontier = table.box.top
        for band in groupIntoBands(candidates, lines: lines).prefix(options.maxCaptionLines) {
            let height = band.map { lines[$0].height }.max() ?? 0
            let bottom = band.map { lines[$0].box.bottom }.max() ?? 0
            guard frontier - bottom <= options.captionLineGap * height else { break }
            let parts = band.map { CaptionLine(lines[$0].text) }
            let titled = band.indices.filter { parts[$0].title != nil || !parts[$0].isMetaOnly }
            if titled.isEmpty {
                for part in parts { record(part, in: &caption) }
            } else if caption.title == nil, titled.count == 1, let title = parts[titled[0]].title,
                isTitle(title, line: lines[band[titled[0]]], over: table, textHeight: textHeight)
            {
                caption.title = title
                for part in parts { record(part, in: &caption) }
            } else {
                // The nearest line that is neither title nor meta: the table goes untitled, and
                // says which line it could not read.
                if caption.title == nil, let first = titled.first { caption.unread = lines[band[first]].text }
                break
            }
            used += band
            frontier = band.map { lines[$0].box.top }.min() ?? frontier
        }
        for index in used { claimed[index] = true }
        return (caption, used)
    }

    func record(_ part: CaptionLine, in caption: inout TableCaption) {
        caption.formCode = caption.formCode ?? part.formCode
        caption.unit = caption.unit ?? part.unit
        caption.organization = caption.organization ?? part.organization
        caption.subtitle = caption.subtitle ?? part.subtitle
    }

    /// Line indices grouped into bands sharing a baseline, nearest to the grid (lowest) first.
    func groupIntoBands(_ indices: [Int], lines: [TextLine]) -> [[Int]] {
        let sorted = indices.sorted { lines[$0].box.midY > lines[$1].box.midY }
        var bands: [[Int]] = []
        for index in sorted {
            if let last = bands.last?.first,
                lines[index].box.verticalOverlap(lines[last].box)
                    >= 0.5 * min(lines[index].box.height, lines[last].box.height)
            {
                bands[bands.count - 1].append(index)
            } else {
                bands.append([index])
            }
        }
        return bands
    }

    /// A title: short, not a sentence or a numbered heading (a numbered table name has lost its
    /// number by now), and centred over the grid, set larger than the grid's text, labelled
    /// 表N, or naming a table.
    func isTitle(_ text: String, line: TextLine, over table: PageTable, textHeight: Double) -> Bool {
        guard text.count <= options.maxTitleLength, let last = text.last,
            !"：:。，,；;".contains(last), !startsHeading(text)
        else { return false }
        if text.hasPrefix("表") || text.hasPrefix("附表") || CaptionLine.namesTable(text) { return true }
        let centred = abs(line.box.midX - table.box.midX) <= options.titleCentering * table.box.width
        return centred || line.height >= options.titleSizeRatio * textHeight
    }

    func fontSize(_ line: TextLine) -> Double {
        fonts.size(of: line.font, fallback: line.height)
    }

    func overlapsHorizontally(_ box: Rect, _ table: Rect) -> Bool {
        min(box.x1, table.x1) > max(box.x0, table.x0)
    }
}

// MARK: - What note and heading lines look like

let noteMarkers = ["注：", "注:", "说明：", "说明:", "备注：", "备注:", "资料来源", "数据来源"]

func startsNote(_ text: String) -> Bool {
    noteMarkers.contains { text.hasPrefix($0) }
}

/// `1.`, `2、`, `（3）`, `(4)`: an item of a numbered list.
func startsNumberedItem(_ text: String) -> Bool {
    (HeadingNumbering(parsing: text)?.level ?? 0) >= 4
}

/// Lines numbered as sections (一、 / （一） / 第一部分 / 1.) or chapters (第三章, 第二节): body
/// structure, not table titles.
func startsHeading(_ text: String) -> Bool {
    if HeadingNumbering(parsing: text) != nil { return true }
    guard text.hasPrefix("第") else { return false }
    let head = text.prefix(6)
    return head.contains("章") || head.contains("节")
}
