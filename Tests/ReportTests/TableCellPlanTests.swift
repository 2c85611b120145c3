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
}
