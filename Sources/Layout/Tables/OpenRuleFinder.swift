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
    /// between two rules has more than one piece (a caption between two tables).
    func ruleRuns(_ rules: [Segment], rows: [[Rect]]) -> [[Segment]] {
        let rowBoxes = rows.filter { $0.count >= 2 }.map { $0.enclosingRect()! }
        var runs: [[Segment]] = []
        for rule in rules.sorted(by: { $0.position < $1.position }) {
            if let last = runs.last?.last,
               abs(last.start - rule.start) <= options.ruleExtentTolerance,
               abs(last.end - rule.end) <= options.ruleExtentTolerance,
               rowBoxes.contains(where: { $0.midY > last.position && $0.midY < rule.position }) {
                runs[runs.count - 1].append(rule)
            } else {
                runs.append([rule])
            }
        }
        return runs.filter { $0.count >= 2 }
    }

    /// A running-header rule and a footer rule around the page's text are page furniture.
    func isPageFrame(_ run: [Segment], page: Page) -> Bool {
        let margin = options.pageMarginShare * page.height
        return run.count == 2 && run[0].position < margin && run[1].position > page.height - margin
    }
}
