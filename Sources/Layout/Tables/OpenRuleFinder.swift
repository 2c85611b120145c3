import PageModel

/// Finds tables drawn with horizontal rules only (no verticals at all, as in a three-line
/// table, or a rule under every row) and frames them, so that the ruled grid can be built from
/// them and its columns completed from text alignment.
struct OpenRuleFinder: Sendable {
    var options: TableFinder.Options

    /// `rules` are horizontal lines belonging to no ruled table; `rows` the text on the page as
    /// pieces in rows (`TextAlignment`). Each result holds a run's rules, the shorter rules
    /// inside it (under spanning header cells) and two verticals framing it.
    func findGroups(rules: [Segment], rows: [[Rect]], page: Page) -> [RulingNetwork] {
        let wide = rules.filter { $0.length >= options.minRuleWidthShare * page.width }
        return ruleRuns(wide, rows: rows).compactMap { ruled in
            guard !isPageFrame(ruled, page: page) else { return nil }
            let run = withHeaderAbove(ruled, rows: rows)
            let top = run[0].position, bottom = run[run.count - 1].position
            let x0 = run.map(\.start).min()!, x1 = run.map(\.end).max()!
            let inner = rules.filter { rule in
                rule.position > top && rule.position < bottom && rule.start >= x0 - options.joinTolerance
                    && rule.end <= x1 + options.joinTolerance && !run.contains(rule)
            }
            let frame = [
                Segment(position: x0, start: top, end: bottom), Segment(position: x1, start: top, end: bottom),
            ]
            return RulingNetwork(horizontals: run + inner, verticals: frame)
        }
    }

    /// Runs of wide rules with the same left and right ends, top to bottom, split where no row
    /// between two rules has more than one piece (a caption between two tables). Tables side by
    /// side interleave their rules; each rule continues the run that has its ends.
    func ruleRuns(_ rules: [Segment], rows: [[Rect]]) -> [[Segment]] {
        var runs: [[Segment]] = []
        for rule in rules.sorted(by: { $0.position < $1.position }) {
            let open = runs.lastIndex { run in
                abs(run.last!.start - rule.start) <= options.ruleExtentTolerance
                    && abs(run.last!.end - rule.end) <= options.ruleExtentTolerance
            }
            if let open, hasTableRow(rows, between: runs[open].last!, and: rule) {
                runs[open].append(rule)
            } else {
                runs.append([rule])
            }
        }
        return runs.filter { $0.count >= 2 }
    }

    /// Whether a text row with more than one piece within the rules' extent lies between them.
    func hasTableRow(_ rows: [[Rect]], between upper: Segment, and lower: Segment) -> Bool {
        let x0 = min(upper.start, lower.start) - options.joinTolerance
        let x1 = max(upper.end, lower.end) + options.joinTolerance
        return rows.contains { row in
            row.filter { $0.midY > upper.position && $0.midY < lower.position && $0.x0 >= x0 && $0.x1 <= x1 }
                .count >= 2
        }
    }

    /// The run with a rule added above a header row printed over its first rule (a table ruled
    /// under its header but not above it): the text row right above, within the rules' width,
    /// of at least `minTextColumns` pieces each in line (start, end or centre) with a piece of
    /// the rows below. A caption, a unit line or a title does not line up with the columns.
    func withHeaderAbove(_ run: [Segment], rows: [[Rect]]) -> [Segment] {
        let first = run[0], tolerance = options.joinTolerance
        let within = rows.map { $0.filter { $0.x0 >= first.start - tolerance && $0.x1 <= first.end + tolerance } }
        guard let above = within.lastIndex(where: { !$0.isEmpty && $0.map(\.bottom).max()! < first.position }),
            within[above].count >= options.minTextColumns
        else { return run }
        let header = within[above]
        let height = header.map(\.height).max()!
        guard first.position - header.map(\.bottom).max()! <= height else { return run }
        let below = within[(above + 1)...].filter { !$0.isEmpty }.prefix(3).flatMap { $0 }
            .filter { $0.top > first.position }
        let inLine = header.allSatisfy { piece in
            below.contains {
                abs($0.x0 - piece.x0) <= tolerance || abs($0.x1 - piece.x1) <= tolerance
                    || abs($0.midX - piece.midX) <= tolerance
            }
        }
        guard inLine else { return run }
        let top = header.map(\.top).min()! - min(tolerance, height / 2)
        return [Segment(position: top, start: first.start, end: first.end)] + run
    }

    /// A running-header rule and a footer rule around the page's text are page furniture.
    func isPageFrame(_ run: [Segment], page: Page) -> Bool {
        let margin = options.pageMarginShare * page.height
        return run.count == 2 && run[0].position < margin && run[1].position > page.height - margin
    }
}
