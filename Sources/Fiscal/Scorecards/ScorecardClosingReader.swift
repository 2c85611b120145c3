import Foundation

/// Reads the labelled texts of a form outside its blocks: 评价等级, 评价结论, 存在问题 and
/// 改进措施, a 问题与建议 table, 项目负责人：…, and any other label | text row (项目概况, 主要成效).
struct ScorecardClosingReader {
    let grid: TableGrid

    struct Closing: Sendable, Hashable {
        var grade: String?
        var conclusion: String?
        var problems: [ScorecardProblem] = []
        var texts: [ScorecardText] = []
    }

    /// Reads `rows` (sorted) in order.
    func read(rows: [Int]) -> Closing {
        var closing = Closing()
        var index = 0
        while index < rows.count {
            let row = rows[index]
            index += 1
            if let columns = problemColumns(inRow: row) {
                let end = problemTableEnd(headerRow: row)
                while index < rows.count, rows[index] < end {
                    if let problem = readProblem(row: rows[index], columns: columns) {
                        closing.problems.append(problem)
                    }
                    index += 1
                }
                continue
            }
            for (label, text) in labelledTexts(inRow: row) {
                record(label: label, text: text, row: row, in: &closing)
            }
        }
        return closing
    }

    // MARK: Labelled rows

    /// A row's texts with their labels: label | text, or one or more cells 项目负责人：衡廷芝, or a
    /// single cell (its label nil unless it starts with a short label and a colon).
    func labelledTexts(inRow row: Int) -> [(label: String?, text: String?)] {
        let texts = grid.cells(inRow: row).compactMap { ScorecardVocabulary.value($0.cell.text) }
        guard let first = texts.first else { return [] }
        let split = texts.map(Self.splitShortLabel)
        if split.allSatisfy({ $0 != nil }) {
            return split.compactMap { $0.map { ($0.label, $0.text) } }
        }
        if texts.count == 1 { return [(nil, first)] }
        return [
            (
                ScorecardVocabulary.removeTrailingSeparator(first),
                texts.dropFirst().joined(separator: "\n")
            )
        ]
    }

    /// `项目负责人：衡廷芝` → ("项目负责人", "衡廷芝"); nil unless a short label precedes the colon.
    static func splitShortLabel(_ text: String) -> (label: String, text: String?)? {
        guard let (label, value) = ScorecardVocabulary.splitAtSeparator(text),
            ScorecardVocabulary.compact(label).count <= ScorecardVocabulary.maxFieldLabelLength
        else { return nil }
        return (label, value)
    }

    func record(label: String?, text: String?, row: Int, in closing: inout Closing) {
        switch label.flatMap({ ScorecardVocabulary.match($0, in: ScorecardVocabulary.closingTexts) }) {
        case .grade?:
            closing.grade = closing.grade ?? text
        case .conclusion?:
            closing.conclusion = closing.conclusion ?? text
        case .problem?:
            closing.problems.append(ScorecardProblem(problem: text))
        case .suggestion?:
            // 改进措施 answers the 存在问题 printed above it.
            if let last = closing.problems.indices.last, closing.problems[last].suggestion == nil {
                closing.problems[last].suggestion = text
            } else {
                closing.problems.append(ScorecardProblem(suggestion: text))
            }
        case .signature?, .problemTable?, nil:
            closing.texts.append(ScorecardText(row: row, label: label, text: text))
        }
    }

    // MARK: Problem tables

    /// 问题类型 | 存在问题 | 改进建议: the columns of a table of problems, from single-row header
    /// cells (the label 问题与建议 beside them spans the table).
    func problemColumns(inRow row: Int) -> [ProblemColumn: Int]? {
        var columns: [ProblemColumn: Int] = [:]
        for (_, cell) in grid.cells(inRow: row) where cell.rows.count == 1 {
            guard let kind = ScorecardVocabulary.matchHeader(cell.text, in: ScorecardVocabulary.problemColumns),
                columns[kind] == nil
            else { continue }
            columns[kind] = cell.columns.lowerBound
        }
        // 存在问题 | 建议加强管理 is a labelled text: a table has its types, or its label beside it.
        guard columns[.problem] != nil, columns.count >= 2,
            columns[.type] != nil || hasProblemTableLabel(row: row)
        else { return nil }
        return columns
    }

    /// 问题与建议 in a cell at the left spanning the rows of the table.
    func hasProblemTableLabel(row: Int) -> Bool {
        guard let label = grid.cell(row, 0), label.rows.count > 1 else { return false }
        return ScorecardVocabulary.match(label.text, in: ScorecardVocabulary.closingTexts) == .problemTable
    }

    /// The table ends with the label spanning it, or with the grid.
    func problemTableEnd(headerRow: Int) -> Int {
        guard let label = grid.cell(headerRow, 0), label.rows.count > 1 else { return grid.rowCount }
        return label.rows.upperBound
    }

    func readProblem(row: Int, columns: [ProblemColumn: Int]) -> ScorecardProblem? {
        var used = Set<Int>()
        var values: [ProblemColumn: String] = [:]
        for (kind, column) in columns.sorted(by: { $0.value < $1.value }) {
            guard let index = grid.cellIndex(row, column), used.insert(index).inserted,
                let text = ScorecardVocabulary.value(grid.table.cells[index].text)
            else { continue }
            values[kind] = text
        }
        guard !values.isEmpty else { return nil }
        return ScorecardProblem(type: values[.type], problem: values[.problem], suggestion: values[.suggestion])
    }
}
