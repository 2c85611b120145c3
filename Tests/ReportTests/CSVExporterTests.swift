import Foundation
@testable import Gongkai
import Testing

@Suite("CSV exporter")
struct CSVExporterTests {
    static func cell(_ row: Int, _ col: Int, _ text: String, rowSpan: Int = 1, colSpan: Int = 1) -> Cell {
        Cell(row: row, col: col, rowSpan: rowSpan, colSpan: colSpan, text: text, page: 1, bbox: [0, 0, 1, 1])
    }

    static func table(_ cells: [Cell], rows: Int, cols: Int) -> Table {
        Table(
            id: "t1", title: "收入支出决算总表", kind: "final.summary", pages: [1], nRows: rows, nCols: cols,
            headerRows: 1, detection: "ruled", formCode: nil, unit: "万元", organization: nil, notes: [],
            rowPages: Array(repeating: 1, count: rows), cells: cells)
    }

    static func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    @Test("A merged cell is written at its top-left position, the positions it covers left empty")
    func mergedCells() {
        let grid = CSVExporter.grid(
            of: Self.table(
                [
                    Self.cell(0, 0, "项目", colSpan: 2), Self.cell(0, 2, "决算数"),
                    Self.cell(1, 0, "201"), Self.cell(1, 1, "一般公共服务支出"), Self.cell(1, 2, "1,234.50"),
                ], rows: 2, cols: 3))
        #expect(grid == [["项目", "", "决算数"], ["201", "一般公共服务支出", "1,234.50"]])
    }

    @Test("Cells outside the grid are left out rather than trapping")
    func cellsOutsideTheGrid() {
        let grid = CSVExporter.grid(of: Self.table([Self.cell(0, 0, "a"), Self.cell(3, 5, "stray")], rows: 1, cols: 1))
        #expect(grid == [["a"]])
    }

    @Test("RFC 4180: a byte order mark, CRLF, and quotes only where a field needs them")
    func quoting() {
        let data = CSVExporter.csv([["a", "1,234.50", "say \"hi\""], ["two\nlines", "", "合计"]])
        #expect(Self.text(data) == "\u{FEFF}a,\"1,234.50\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,合计\r\n")
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test("Line items: one row each under a fixed header, nulls as empty fields, header paths joined with /")
    func lineItems() {
        let items = [
            LineItemRecord(
                table: "t2", row: 3, col: 4, page: 7, code: "2080505", level: 3, parent: "20805",
                name: "机关事业单位基本养老保险缴费支出", column: ["本年支出", "基本支出"], amount: 121.49,
                status: "amount", text: "121.49", unit: "万元"),
            LineItemRecord(
                table: "t2", row: 4, col: 4, page: 7, code: nil, level: nil, parent: nil, name: "合计",
                column: ["本年支出"], amount: nil, status: "dash", text: "-", unit: nil),
        ]
        let rows = CSVExporter.lineItemRows(items)
        #expect(
            rows[0] == [
                "table", "page", "row", "col", "code", "level", "parent", "name", "column", "amount",
                "status", "text", "unit",
            ])
        #expect(
            rows[1] == [
                "t2", "7", "3", "4", "2080505", "3", "20805", "机关事业单位基本养老保险缴费支出",
                "本年支出/基本支出", "121.49", "amount", "121.49", "万元",
            ])
        #expect(rows[2] == ["t2", "7", "4", "4", "", "", "", "合计", "本年支出", "", "dash", "-", ""])
    }

    @Test("A golden report gives one file per table and line_items.csv last")
    func files() throws {
        let data = try Data(contentsOf: Golden.url("annex-expenditure.json"))
        let report = try JSONDecoder().decode(Report.self, from: data)
        let files = CSVExporter.files(for: report)
        #expect(files.map(\.name) == report.tables.map { "\($0.id).csv" } + ["line_items.csv"])
        let lines = Self.text(files.last!.data).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == report.lineItems.count + 1)
    }
}
