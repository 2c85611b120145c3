import Foundation
import Testing
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

    @Test func guideHasThreeQueriesAndALineItemVariant() throws {
        #expect(try Self.queries().count == 4)
    }

    @Test func sanGongByDepartmentAndYear() throws {
        let (_, store) = try loaded()
        let rows = try store.query(try Self.queries()[0])
        let got = rows.map { "\($0["organization"]!!) \($0["fiscal_year"]!!) \($0["amount"]!!)" }
        #expect(got == ["三明市医疗保障局 2024 39.27",
                        "上海市财政局 2025 346.3",
                        "四川省乐山市医疗保障局 2023 3.56", "四川省乐山市医疗保障局 2023 3.56"])
        #expect(rows.last?["column_header"] == "决算数 / 合计")
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
        let got = rows.map { "\($0["fiscal_year"]!!) \($0["amount"]!!)" }
        #expect(got == ["2023 121.49", "2024 440.31", "2025 8000000.0"])
        #expect(rows.allSatisfy { $0["row_label"] == "机关事业单位基本养老保险缴费支出" })
    }

    @Test func subjectCodeFromLineItems() throws {
        let (_, store) = try loaded()
        let rows = try store.query(try Self.queries()[3])
        #expect(rows.map { "\($0["fiscal_year"]!!) \($0["amount"]!!) \($0["unit"]!!)" } == ["2025 8000000.0 元"])
    }
}
