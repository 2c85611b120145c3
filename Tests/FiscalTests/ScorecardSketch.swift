import Layout
import PageModel

/// A logical table written as rows of cell texts, the way a form looks: `^` joins a position to
/// the cell above it (a merged 一级指标), `<` to the cell on its left (a spanning target).
enum ScorecardSketch {
    static let above = "^"
    static let left = "<"

    static func table(_ rows: [[String]], title: String? = nil, subtitle: String? = nil) -> LogicalTable {
        let columnCount = rows.map(\.count).max() ?? 0
        // The top-left position of the cell each position belongs to.
        var owner = [[(row: Int, column: Int)]]()
        for (r, row) in rows.enumerated() {
            var line: [(row: Int, column: Int)] = []
            for c in 0..<columnCount {
                let text = c < row.count ? row[c] : ""
                if text == above, r > 0 {
                    line.append(owner[r - 1][c])
                } else if text == left, c > 0 {
                    line.append(line[c - 1])
                } else {
                    line.append((r, c))
                }
            }
            owner.append(line)
        }
        var extents: [String: (rows: ClosedRange<Int>, columns: ClosedRange<Int>)] = [:]
        for r in owner.indices {
            for c in owner[r].indices {
                let key = "\(owner[r][c].row),\(owner[r][c].column)"
                let seen = extents[key] ?? (r...r, c...c)
                extents[key] = (
                    min(seen.rows.lowerBound, r)...max(seen.rows.upperBound, r),
                    min(seen.columns.lowerBound, c)...max(seen.columns.upperBound, c)
                )
            }
        }
        let cells = extents.values
            .sorted { ($0.rows.lowerBound, $0.columns.lowerBound) < ($1.rows.lowerBound, $1.columns.lowerBound) }
            .map { extent in
                TableCell(
                    rows: extent.rows.lowerBound..<(extent.rows.upperBound + 1),
                    columns: extent.columns.lowerBound..<(extent.columns.upperBound + 1),
                    text: rows[extent.rows.lowerBound][extent.columns.lowerBound],
                    box: Rect(
                        x0: Double(extent.columns.lowerBound), top: Double(extent.rows.lowerBound),
                        x1: Double(extent.columns.upperBound + 1),
                        bottom: Double(extent.rows.upperBound + 1)))
            }
        return LogicalTable(
            pages: [1], rowCount: rows.count, columnCount: columnCount, cells: cells,
            rowPages: Array(repeating: 1, count: rows.count), headerRowCount: 0,
            detection: .ruled, caption: TableCaption(title: title, subtitle: subtitle), parts: [])
    }
}
