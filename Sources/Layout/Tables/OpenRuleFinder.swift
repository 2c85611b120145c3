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
        return ruleRuns(wide, rows: rows).compactMap { run in
            let top = run[0].position, bottom = run[run.count - 1].position
            let x0 = run.map(\.start).min()!, x1 = run.map(\.end).max()!
            guard !isPageFrame(run, page: page) else { return nil }
            let inner = rules.filter { rule in
                rule.position > top && rule.position < bottom && rule.start >= x0 - options.joinTolerance
                    && rule.end <= x1 + options.joinTolerance && !run.contains(rule)
            }
            let frame = [Segment(position: x0, start: top, end: bottom), Segment(position: x1, start: top, end: bottom)]
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

    /// A running-header rule and a footer rule around the page's text are page furniture.
    func isPageFrame(_ run: [Segment], page: Page) -> Bool {
        let margin = options.pageMarginShare * page.height
        return run.count == 2 && run[0].position < margin && run[1].position > page.height - margin
    }
}
