/// Reads the year's goals: a header row naming the goal (预期目标) and what was achieved
/// (实际完成情况), and the texts under those headers in the next row.
struct ScorecardGoalsReader {
    let grid: TableGrid

    func read(rows: Range<Int>) -> (goals: ScorecardGoals, rows: Set<Int>)? {
        for row in rows where row + 1 < rows.upperBound {
            guard let (expected, achieved) = goalHeaders(inRow: row) else { continue }
            let goals = ScorecardGoals(
                expected: text(under: expected, row: row + 1),
                achieved: text(under: achieved, row: row + 1))
            return (goals, [row, row + 1])
        }
        return nil
    }

    /// The goal header and the achievement header right of it. An achievement header
    /// (目标实际完成情况) contains goal words, so it is recognised first; a label spanning the
    /// block (年度总体目标) may stand left of both, so the goal header nearest the achievement
    /// header is taken.
    func goalHeaders(inRow row: Int) -> (Int, Int)? {
        var expected: Int?
        for (index, cell) in grid.cells(inRow: row) {
            let plain = ScorecardVocabulary.compact(cell.text)
            if ScorecardVocabulary.achievedGoalWords.contains(where: plain.contains) {
                if let expected { return (expected, index) }
            } else if ScorecardVocabulary.expectedGoalWords.contains(where: plain.contains) {
                expected = index
            }
        }
        return nil
    }

    /// The text in `row` under a header cell, when a cell of its own holds it.
    func text(under header: Int, row: Int) -> String? {
        let column = grid.table.cells[header].columns.lowerBound
        guard let index = grid.cellIndex(row, column), index != header else { return nil }
        return ScorecardVocabulary.value(grid.table.cells[index].text)
    }
}
