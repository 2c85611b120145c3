import Layout
import PageModel
import Testing

@testable import Gongkai

@Suite("Which table cells OCR reads again as amounts")
struct TableCellPlanTests {
    /// A one-column table: a header cell, then `body` read as given, 20 pt a row.
    static func table(header: Int, _ texts: [String]) -> PageTable {
        let edges = (0...texts.count).map { 100 + 20 * Double($0) }
        let cells = texts.enumerated().map { row, text in
            TableCell(
                rows: row..<(row + 1), columns: 0..<1, text: text,
                box: Rect(x0: 50, top: edges[row], x1: 150, bottom: edges[row + 1]))
        }
        return PageTable(
            page: 1, box: Rect(x0: 50, top: edges[0], x1: 150, bottom: edges.last!), rowEdges: edges,
            columnEdges: [50, 150], cells: cells, headerRowCount: header, detection: .ruled)
    }

    @Test("Body cells of an amount column are amounts; its header and a cell read with an ideograph are not")
    func amounts() {
        let plan = TableCellPlan.cells(of: [Self.table(header: 1, ["合计", "1,736.23", "0.00", "全", "", "5.0"])])
        #expect(plan.map(\.isAmount) == [false, true, true, false, true, true])
    }

    @Test("Codes in cells merged across 类/款/项 are a column; a 2 read as ≥ still counts, a target does not")
    func mergedCodeColumn() {
        // Three header columns over one code cell a row; some codes' first 2 read as ≥.
        let codes = ["201", "20105", "≥0801", "2080101", "≥080199", "合计"]
        let edges = (0...(codes.count + 1)).map { 100 + 20 * Double($0) }
        var cells = ["类", "款", "项"].enumerated().map { column, text in
            TableCell(
                rows: 0..<1, columns: column..<(column + 1), text: text,
                box: Rect(x0: 50 + 30 * Double(column), top: 100, x1: 80 + 30 * Double(column), bottom: 120))
        }
        for (row, text) in codes.enumerated() {
            cells.append(
                TableCell(
                    rows: (row + 1)..<(row + 2), columns: 0..<3, text: text,
                    box: Rect(x0: 50, top: edges[row + 1], x1: 140, bottom: edges[row + 2])))
        }
        let table = PageTable(
            page: 1, box: Rect(x0: 50, top: 100, x1: 140, bottom: edges.last!), rowEdges: edges,
            columnEdges: [50, 80, 110, 140], cells: cells, headerRowCount: 1, detection: .ruled)
        #expect(
            TableCellPlan.cells(of: [table]).map(\.isAmount) == [false, false, false] + Array(repeating: true, count: 5)
                + [false])
        // Targets of a scorecard: ≥90 and ≥95% are no misread codes, so two percentages of five
        // cells do not make the column one of amounts (read as amounts, ≥ would be lost).
        let targets = Self.table(header: 1, ["指标值", "≥90", "≥95%", "100%", "80%", "≤5"])
        #expect(TableCellPlan.cells(of: [targets]).allSatisfy { !$0.isAmount })
    }
}
