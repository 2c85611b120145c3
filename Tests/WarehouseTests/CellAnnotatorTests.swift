import Foundation
import Testing
@testable import Warehouse

@Suite("Derived cell columns: headers, codes, labels, amounts")
struct CellAnnotatorTests {
    typealias Cell = ReportDocument.CellRow

    /// Cells of a grid as Fixtures.table builds them.
    func cells(_ rows: [[String?]]) throws -> [Cell] {
        let table = Fixtures.table("t1", "x", headerRows: 0, rows)
        let data = try JSONSerialization.data(withJSONObject: table["cells"]!)
        return try JSONDecoder().decode([Cell].self, from: data)
    }

    func annotate(_ rows: [[String?]], headerRows: Int) throws -> [String: CellAnnotator.Annotation] {
        let cells = try cells(rows)
        let notes = CellAnnotator.annotate(cells, headerRows: headerRows)
        return Dictionary(uniqueKeysWithValues: zip(cells, notes).map { ("\($0.row),\($0.col)", $1) })
    }

    @Test func headerPathSkipsColumnNumbersAndRepeats() throws {
        let notes = try annotate([
            ["决算数", nil],
            ["合计", "基本支出"],
            ["1", "2"],
            ["3.40", "1.00"],
        ], headerRows: 3)
        #expect(notes["3,0"]?.columnHeader == "决算数 / 合计")
        #expect(notes["3,1"]?.columnHeader == "决算数 / 基本支出")
        #expect(notes["3,0"]?.amount == 3.4)
        #expect(notes["0,0"]?.isHeader == true)
        #expect(notes["0,0"]?.amount == nil)
    }

    @Test func codeSplitOverColumns() throws {
        let notes = try annotate([
            ["类", "款", "项", "科目名称", "合计"],
            ["208", "05", "05", "机关事业单位基本养老保险缴费支出", "4,827,156"],
            ["208", "", "", "社会保障和就业支出", "9,000,000"],
        ], headerRows: 1)
        #expect(notes["1,4"]?.rowCode == "2080505")
        #expect(notes["1,4"]?.rowLabel == "机关事业单位基本养老保险缴费支出")
        #expect(notes["1,4"]?.amount == 4_827_156)
        #expect(notes["1,0"]?.amount == nil, "a code is not an amount")
        #expect(notes["2,4"]?.rowCode == "208")
    }

    @Test func lineNumbersAreNotAmounts() throws {
        let notes = try annotate([["项目", "行次", "决算数"], ["合计", "1", "39.27"]], headerRows: 1)
        #expect(notes["1,1"]?.amount == nil)
        #expect(notes["1,2"]?.amount == 39.27)
        #expect(notes["1,2"]?.rowLabel == "合计")
        #expect(notes["1,2"]?.rowCode == nil)
    }

    @Test func numbersThatAreNotCodesStayAmounts() throws {
        // A first part of 1, 2, 4 or 6 digits is not a subject code.
        let notes = try annotate([["a", "b"], ["12", "5000"]], headerRows: 1)
        #expect(notes["1,0"]?.rowCode == nil)
        #expect(notes["1,0"]?.amount == 12)
        #expect(notes["1,1"]?.amount == 5000)
    }

    @Test(arguments: [
        ("1736.23", 1736.23), ("3,296,600", 3_296_600), ("-0.50", -0.5), ("１２３．５", 123.5), ("－12", -12),
        (" 7 ", 7),
    ])
    func amountsParse(text: String, value: Double) {
        #expect(Amount.parse(text) == value)
    }

    @Test(arguments: ["", "-", "—", "12万元", "100%", "合计", "1.2.3"])
    func nonAmountsDoNot(text: String) {
        #expect(Amount.parse(text) == nil)
    }

    @Test func leadingNumber() {
        #expect(Amount.leading(in: "243.91万人") == 243.91)
        #expect(Amount.leading(in: "≥95%") == 95)
        #expect(Amount.leading(in: "当年") == nil)
    }
}
