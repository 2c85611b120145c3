import Foundation
import GRDB
import Testing
import WarehouseFixtures
@testable import Warehouse

@Suite("Loading reports into the warehouse")
struct LoadTests {
    func warehouse(_ scratch: Scratch) throws -> Warehouse {
        try Warehouse(path: scratch.path("warehouse.sqlite"))
    }

    func writeFixtures(_ scratch: Scratch) throws {
        try scratch.write("json/sanming.json", json: Fixtures.sanming)
        try scratch.write("json/sub/leshan.json", json: Fixtures.leshan)
        try scratch.write("json/shanghai.json", json: Fixtures.shanghai)
        // Not reports: the batch's manifest and scratch folder are never read.
        try scratch.write("json/manifest.jsonl", Data("{}\n".utf8))
        try scratch.write("json/.gongkai-batch/1/partial.json", Data("{".utf8))
    }

    @Test func loadingTwiceLeavesTheSameRows() throws {
        let scratch = try Scratch()
        try writeFixtures(scratch)
        let store = try warehouse(scratch)
        let paths = try JSONInputs.discover([scratch.path("json")])
        #expect(paths.count == 3)

        let first = try WarehouseLoader(warehouse: store).load(paths)
        #expect(first.inserted.count == 3 && first.rejected.isEmpty)
        let counts = try store.rowCounts()
        #expect(counts["documents"] == 3)
        #expect(counts["pages"] == 6)
        #expect(counts["headings"] == 6)
        #expect(counts["tables"] == 6)
        #expect(counts["scorecards"] == 2)
        #expect(counts["indicators"] == 5)
        #expect(counts["line_items"] == 35)
        #expect(counts["diagnostics"] == 3)
        #expect((counts["cells"] ?? 0) > 100)

        let second = try WarehouseLoader(warehouse: try warehouse(scratch)).load(paths)
        #expect(second.replaced.count == 3 && second.inserted.isEmpty)
        #expect(try store.rowCounts() == counts)
    }

    @Test func invalidFilesAreRejectedWithTheReasonAndOthersLoad() throws {
        let scratch = try Scratch()
        try scratch.write("in/1-good.json", json: Fixtures.sanming)
        try scratch.write("in/2-not-json.json", Data("%PDF-1.7 not json".utf8))
        var missing = Fixtures.leshan
        missing["tables"] = nil
        try scratch.write("in/3-missing.json", json: missing)
        var future = Fixtures.leshan
        future["schema_version"] = "2.0.0"
        try scratch.write("in/4-future.json", json: future)
        var wrongType = Fixtures.shanghai
        var tables = wrongType["tables"] as! [Fixtures.JSON]
        var cells = tables[0]["cells"] as! [Fixtures.JSON]
        cells[1]["row"] = "first"
        tables[0]["cells"] = cells
        wrongType["tables"] = tables
        try scratch.write("in/5-type.json", json: wrongType)
        var twice = Fixtures.shanghai
        twice["tables"] = [tables[1], tables[1]]
        try scratch.write("in/6-twice.json", json: twice)
        var badDigest = Fixtures.shanghai
        badDigest["source"] = ["file": "x.pdf", "sha256": "XYZ", "page_count": 1]
        try scratch.write("in/7-digest.json", json: badDigest)

        var reported: [String] = []
        let result = try WarehouseLoader(warehouse: try warehouse(scratch))
            .load(try JSONInputs.discover([scratch.path("in")])) { reported.append($0.path) }
        #expect(result.inserted.map { ($0 as NSString).lastPathComponent } == ["1-good.json"])
        let reasons = Dictionary(
            uniqueKeysWithValues: result.rejected.map { (($0.path as NSString).lastPathComponent, $0.reason) })
        #expect(reported.count == 6)
        #expect(reasons["2-not-json.json"]?.contains("is not JSON") == true)
        #expect(reasons["3-missing.json"]?.contains("missing required field(s) tables") == true)
        #expect(reasons["4-future.json"]?.contains("schema version 2.0.0") == true)
        #expect(reasons["5-type.json"]?.contains("tables[0].cells[1].row") == true)
        #expect(reasons["6-twice.json"]?.contains("id t2 appears twice") == true)
        #expect(reasons["7-digest.json"]?.contains("sha256") == true)
    }

    @Test func replacingADocumentRemovesItsOldRows() throws {
        let scratch = try Scratch()
        let store = try warehouse(scratch)
        try store.load(json: try Fixtures.data(Fixtures.leshan), from: "leshan.json")
        var smaller = Fixtures.leshan
        smaller["tables"] = [(Fixtures.leshan["tables"] as! [Fixtures.JSON])[1]]
        smaller["scorecards"] = []
        #expect(try store.load(json: try Fixtures.data(smaller), from: "leshan-v2.json") == .replaced)
        let counts = try store.rowCounts()
        #expect(counts["documents"] == 1)
        #expect(counts["tables"] == 1)
        #expect(counts["scorecards"] == 0)
        #expect(counts["indicators"] == 0)
        let orphans = try store.query("SELECT COUNT(*) AS n FROM cells WHERE table_id NOT IN (SELECT id FROM tables)")
        #expect(orphans.first?["n"] == "0")
        #expect(try store.query("SELECT loaded_from FROM documents").first?["loaded_from"] == "leshan-v2.json")
    }

    @Test func schemaVersionIsRecorded() throws {
        let scratch = try Scratch()
        let store = try warehouse(scratch)
        #expect(try store.schemaVersion() == WarehouseSchema.version)
        let migrations = try store.query("SELECT identifier FROM grdb_migrations")
        #expect(migrations.count == 2)
        // Opening again migrates nothing and keeps the data.
        try store.load(json: try Fixtures.data(Fixtures.sanming), from: "a.json")
        #expect(try warehouse(scratch).rowCounts()["documents"] == 1)
    }

    @Test func reportsWithoutScorecardFieldsOrLineItemsLoad() throws {
        let scratch = try Scratch()
        var bare = Fixtures.sanming
        bare["scorecards"] = [["table": "t1"]]
        bare["line_items"] = nil
        let store = try warehouse(scratch)
        try store.load(json: try Fixtures.data(bare), from: "bare.json")
        let counts = try store.rowCounts()
        #expect(counts["scorecards"] == 1)
        #expect(counts["indicators"] == 0)
        #expect(counts["line_items"] == 0)
        let card = try store.query(
            "SELECT s.table_key, t.title FROM scorecards s LEFT JOIN tables t ON t.id = s.table_id")
        #expect(card.first?["table_key"] == "t1")
        #expect(card.first?["title"] == "一般公共预算财政拨款“三公”经费支出决算表")
    }

    @Test func lineItemsAsExtractWritesThem() throws {
        let scratch = try Scratch()
        var report = Fixtures.sanming
        report["line_items"] = [
            Fixtures.lineItem(
                "t2", row: 3, col: 2, code: "2080505", level: 3, parent: "20805", name: "机关事业单位基本养老保险缴费支出",
                column: ["项目", "本年支出合计"], text: "440.31"),
            Fixtures.lineItem(
                "t2", row: 3, col: 4, code: "2080505", level: 3, parent: "20805", name: "机关事业单位基本养老保险缴费支出",
                column: ["项目支出"], text: "-"),
        ]
        let store = try warehouse(scratch)
        try store.load(json: try Fixtures.data(report), from: "a.json")
        let rows = try store.query(
            "SELECT code, column_label, amount, status, table_id IS NOT NULL AS linked FROM line_items ORDER BY seq")
        #expect(rows.map { $0["column_label"] } == ["项目 / 本年支出合计", "项目支出"])
        #expect(rows.map { $0["amount"] ?? nil } == ["440.31", nil])
        #expect(rows.map { $0["status"] } == ["amount", "dash"])
        #expect(rows.allSatisfy { $0["code"] == "2080505" && $0["linked"] == "1" })
    }

    @Test func realExtractionOutputLoads() throws {
        // The shape `gongkai extract` writes today, byte for byte (samples/ruled-table.pdf).
        let json = """
            {"diagnostics":[],"figures":[],"headings":[],"metadata":{"fiscal_year":null,"organization":null,\
            "published_on":null,"report_kind":null,"title":null},"outline":[],"pages":[{"character_count":120,\
            "crop_box":[0,0,595.28,841.89],"height":841.89,"number":1,"rotation":0,"width":595.28}],"paragraphs":[],\
            "schema_version":"1.0.0","scorecards":[],"source":{"file":"ruled-table.pdf","page_count":1,\
            "sha256":"79ae17806d9b9fb20efad975a8f9f3e030a05190066b24d7ab974d9eddff44c3"},"tables":[{"cells":[\
            {"bbox":[56.7,100,200,120],"col":0,"col_span":1,"page":1,"row":0,"row_span":1,"text":"项目"}],\
            "detection":"ruled","form_code":null,"header_rows":1,"id":"t1","n_cols":1,"n_rows":1,"notes":[],\
            "organization":null,"pages":[1],"row_pages":[1],"title":"收入支出决算总表","unit":null}]}
            """
        let scratch = try Scratch()
        let store = try warehouse(scratch)
        #expect(try store.load(json: Data(json.utf8), from: "ruled-table.json") == .inserted)
        #expect(try store.rowCounts()["cells"] == 1)
    }

    /// A version-1 warehouse, whose cells carried a meaning of their own, opens migrated: its
    /// rows kept, the derived columns gone.
    @Test func versionOneIsMigrated() throws {
        let scratch = try Scratch()
        let path = scratch.path("warehouse.sqlite")
        let old = try DatabaseQueue(path: path)
        try WarehouseSchema.migrator.migrate(
            old, upTo: "v1: documents, pages, headings, tables, cells, scorecards, indicators, line_items, diagnostics")
        try old.write { db in
            try db.execute(
                sql: """
                    INSERT INTO documents (id, sha256, file, schema_version, page_count) VALUES (1, 'a', 'a.pdf', '1.0.0', 1);
                    INSERT INTO tables (id, document_id, table_key, seq, pages, n_rows, n_cols, header_rows, notes)
                        VALUES (1, 1, 't1', 0, '[1]', 1, 1, 0, '[]');
                    INSERT INTO cells (table_id, row, col, row_span, col_span, text, is_header, row_code, amount)
                        VALUES (1, 0, 0, 1, 1, '440.31', 0, '301', 440.31);
                    """)
        }
        try old.close()
        let store = try Warehouse(path: path)
        #expect(try store.schemaVersion() == 2)
        let columns = try store.query("SELECT name FROM pragma_table_info('cells')").compactMap { $0["name"] ?? nil }
        #expect(!columns.contains("row_code") && !columns.contains("amount") && columns.contains("text"))
        #expect(try store.query("SELECT text FROM cells").first?["text"] == "440.31")
    }
}
