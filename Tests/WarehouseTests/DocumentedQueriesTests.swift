import Foundation
import Testing
import WarehouseFixtures
@testable import Warehouse

/// The three queries in docs/warehouse.md, run as written against reports carrying numbers
/// printed in the corpus PDFs.
@Suite("docs/warehouse.md queries")
struct DocumentedQueriesTests {
    static let guide = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/warehouse.md")

    /// The ```sql blocks of the guide, in order.
    static func queries() throws -> [String] {
        let text = try String(contentsOf: guide, encoding: .utf8)
        return text.components(separatedBy: "```sql\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
    }

    func loaded() throws -> (Scratch, Warehouse) {
        let scratch = try Scratch()
        let store = try Warehouse(path: scratch.path("w.sqlite"))
        for report in [Fixtures.sanming, Fixtures.leshan, Fixtures.shanghai] {
            try store.load(json: try Fixtures.data(report), from: "fixture.json")
        }
        return (scratch, store)
    }

    @Test func guideHasThreeQueries() throws {
        #expect(try Self.queries().count == 3)
    }

    @Test func sanGongByDepartmentAndYear() throws {
        let (_, store) = try loaded()
        let rows = try store.query(try Self.queries()[0])
        let got = rows.map { "\($0["organization"]!!) \($0["fiscal_year"]!!) \($0["amount"]!!)" }
        #expect(
            got == [
                "三明市医疗保障局 2024 39.27",
                "上海市财政局 2025 346.3",
                "四川省乐山市医疗保障局 2023 3.56", "四川省乐山市医疗保障局 2023 3.56",
            ])
        #expect(rows.last?["column_label"] == "决算数 / 合计")
        #expect(rows.first?["name"] == "合计")
    }

    @Test func indicatorsBelowTarget() throws {
        let (_, store) = try loaded()
        let rows = try store.query(try Self.queries()[1])
        #expect(rows.count == 1)
        #expect(rows.first?["level3"] == "指标1:参保人数(万人)")
        #expect(rows.first?["target"] == "249")
        #expect(rows.first?["actual"] == "243.91万人")
    }

    @Test func subjectCodeAcrossYears() throws {
        let (_, store) = try loaded()
        let rows = try store.query(try Self.queries()[2])
        let got = rows.map { "\($0["fiscal_year"]!!) \($0["amount"]!!) \($0["unit"]!!)" }
        #expect(got == ["2023 121.49 万元", "2024 440.31 万元", "2025 8000000.0 元"])
        #expect(rows.allSatisfy { $0["name"] == "机关事业单位基本养老保险缴费支出" })
        #expect(rows.map { $0["column_label"] } == ["本年支出合计", "本年支出合计", "合计"])
    }

    /// The join the guide gives for a cell's meaning finds each line item's cell.
    @Test func everyLineItemHasItsCell() throws {
        let (_, store) = try loaded()
        let rows = try store.query(
            """
            SELECT COUNT(*) AS items, COUNT(c.text) AS cells, SUM(c.text = l.text) AS same
            FROM line_items l LEFT JOIN cells c ON l.table_id = c.table_id AND l.row = c.row AND l.col = c.col
            """)
        #expect(rows.first?["items"] == "35")
        #expect(rows.first?["cells"] == "35")
        #expect(rows.first?["same"] == "35")
    }
}
