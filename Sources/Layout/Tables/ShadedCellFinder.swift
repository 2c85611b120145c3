import PageModel

/// Finds tables drawn as shaded cells without rules: each cell a filled rectangle, the cells
/// side by side with at most a hairline of paper (or a white line) between them, as WPS and
/// spreadsheets print banded tables. The fills' sides are the borders; one fill covering
/// several rows or columns of its neighbours becomes a merged cell.
struct ShadedCellFinder: Sendable {
    var options: TableFinder.Options

    /// Groups of fills that tile a region, each as the lines of its fills' sides. A lone fill
    /// (a box behind a paragraph, a page background) or a row of bands is no tiling.
    func findGroups(fills: [FilledRect], page: Page) -> [RulingNetwork] {
        let boxes = fills.map(\.box).filter {
            $0.width * $0.height < options.maxShadedCellShare * page.width * page.height
        }
        .sorted { $0.top < $1.top }
        var sets = DisjointSet(count: boxes.count)
        // Sorted by top, a box can only touch those starting above its bottom.
        for i in boxes.indices {
            var j = i + 1
            while j < boxes.count, boxes[j].top <= boxes[i].bottom + options.intersectionTolerance {
                if touch(boxes[i], boxes[j]) { sets.union(i, j) }
                j += 1
            }
        }
        return sets.groups().compactMap { members in
            let group = members.map { boxes[$0] }
            let columns = Set(group.map { ($0.x0 / options.minCellSize).rounded() })
            let rows = Set(group.map { ($0.top / options.minCellSize).rounded() })
            guard group.count >= options.minShadedCells, columns.count >= 2, rows.count >= 2 else { return nil }
            var horizontals: [Segment] = [], verticals: [Segment] = []
            for box in group {
                horizontals += [
                    Segment(position: box.top, start: box.x0, end: box.x1),
                    Segment(position: box.bottom, start: box.x0, end: box.x1),
                ]
                verticals += [
                    Segment(position: box.x0, start: box.top, end: box.bottom),
                    Segment(position: box.x1, start: box.top, end: box.bottom),
                ]
            }
            return RulingNetwork(
                horizontals: RulingNetwork.cleanUp(horizontals, options: options),
                verticals: RulingNetwork.cleanUp(verticals, options: options))
        }
    }

    /// Whether two boxes lie side by side or one above the other, sharing most of a side with at
    /// most `intersectionTolerance` between them.
    func touch(_ a: Rect, _ b: Rect) -> Bool {
        let gap = options.intersectionTolerance
        let overlapX = min(a.x1, b.x1) - max(a.x0, b.x0), overlapY = min(a.bottom, b.bottom) - max(a.top, b.top)
        let sideBySide =
            (abs(a.x1 - b.x0) <= gap || abs(b.x1 - a.x0) <= gap)
            && overlapY >= 0.5 * min(a.height, b.height)
        let stacked =
            (abs(a.bottom - b.top) <= gap || abs(b.bottom - a.top) <= gap)
            && overlapX >= 0.5 * min(a.width, b.width)
        return sideBySide || stacked
    }
}
