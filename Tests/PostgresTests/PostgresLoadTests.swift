import Foundation
import Testing
import TestSupport
import Warehouse
import WarehouseFixtures
@testable import PostgresWarehouse

@Suite(
    "Loading reports into PostgreSQL", .enabled(if: TestPostgres.available, Comment(rawValue: TestPostgres.skipReason)))
struct PostgresLoadTests {
    static var reports: [Fixtures.JSON] { [Fixtures.sanming, Fixtures.leshan, Fixtures.shanghai] }

    func fresh() throws -> (PostgresWarehouse, String) {
        let url = try TestPostgres.server().createDatabase()
        return (try PostgresWarehouse(ConnectionString(url)), url)
    }

    func sqlite(_ scratch: Scratch) throws -> Warehouse {
        let store = try Warehouse(path: scratch.path("w.sqlite"))
        for report in Self.reports { try store.load(json: try Fixtures.data(report), from: "fixture.json") }
        return store
    }

    @Test func loadingTwiceLeavesTheRowCountsOfSQLite() throws {
        let scratch = try Scratch()
        let (store, _) = try fresh()
        for report in Self.reports {
            #expect(try store.load(json: try Fixtures.data(report), from: "fixture.json") == .inserted)
        }
        let counts = try store.rowCounts()
        let sqliteCounts = try sqlite(scratch).rowCounts()
        #expect(counts == sqliteCounts)
        #expect(counts["documents"] == 3 && (counts["cells"] ?? 0) > 100)
        for report in Self.reports {
            #expect(try store.load(json: try Fixtures.data(report), from: "again.json") == .replaced)
        }
        #expect(try store.rowCounts() == counts)
        #expect(try store.schemaVersion() == WarehouseLayout.version)
    }

    @Test func tablesKeysAndIndexesAreTheLayouts() throws {
        let (store, _) = try fresh()
        for table in WarehouseLayout.tables {
            let columns = try store.query(
                """
                SELECT column_name, is_nullable FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position
                """, [table.name])
            #expect(columns.map { $0["column_name"]! } == table.columnNames, "\(table.name)")
            let indexes = try store.query("SELECT indexname FROM pg_indexes WHERE tablename = $1", [table.name])
                .compactMap { $0["indexname"]! }
            for index in table.indexes { #expect(indexes.contains(index.name), "\(index.name)") }
            let parents = try store.query(
                """
                SELECT confrelid::regclass::text AS parent, confdeltype FROM pg_constraint
                WHERE conrelid = $1::regclass AND contype = 'f'
                """, ["\"\(table.name)\""])
            #expect(
                Set(
                    parents.compactMap { $0["parent"]! }.map {
                        $0.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                    })
                    == Set(table.columns.compactMap(\.references)), "\(table.name)")
            #expect(parents.allSatisfy { $0["confdeltype"] == "c" }, "\(table.name): ON DELETE CASCADE")
        }
    }

    /// A replacement PostgreSQL refuses half-way (a NUL character in a cell, after the document
    /// row and its pages were written) leaves the old document whole.
    @Test func aReplacementThatFailsLeavesTheOldDocument() throws {
        let (store, _) = try fresh()
        try store.load(json: try Fixtures.data(Fixtures.sanming), from: "first.json")
        let before = try store.rowCounts()
        var broken = Fixtures.sanming
        var metadata = broken["metadata"] as! Fixtures.JSON
        metadata["title"] = "replaced title"
        broken["metadata"] = metadata
        var tables = broken["tables"] as! [Fixtures.JSON]
        var cells = tables[0]["cells"] as! [Fixtures.JSON]
        cells[0]["text"] = "bad\u{0}text"
        tables[0]["cells"] = cells
        broken["tables"] = tables
        #expect(throws: ReportFile.Rejection.self) {
            try store.load(json: try Fixtures.data(broken), from: "second.json")
        }
        #expect(try store.rowCounts() == before)
        #expect(try store.query("SELECT title, loaded_from FROM documents").first?["loaded_from"] == "first.json")
    }

    @Test func invalidFilesAreRejectedWithTheReasonAndOthersLoad() throws {
        let scratch = try Scratch()
        try scratch.write("in/1-good.json", json: Fixtures.sanming)
        try scratch.write("in/2-not-json.json", Data("%PDF-1.7 not json".utf8))
        var missing = Fixtures.leshan
        missing["tables"] = nil
        try scratch.write("in/3-missing.json", json: missing)
        try scratch.write("in/4-good.json", json: Fixtures.shanghai)
        let (store, _) = try fresh()
        let result = try WarehouseLoader(warehouse: store).load(try JSONInputs.discover([scratch.path("in")]))
        #expect(result.inserted.map { ($0 as NSString).lastPathComponent } == ["1-good.json", "4-good.json"])
        let reasons = Dictionary(
            uniqueKeysWithValues: result.rejected.map { (($0.path as NSString).lastPathComponent, $0.reason) })
        #expect(reasons["2-not-json.json"]?.contains("is not JSON") == true)
        #expect(reasons["3-missing.json"]?.contains("missing required field(s) tables") == true)
        #expect(try store.rowCounts()["documents"] == 2)
    }

    /// docs/warehouse.md's queries give the same rows in both stores.
    @Test func documentedQueriesAnswerAsInSQLite() throws {
        let scratch = try Scratch()
        let lite = try sqlite(scratch)
        let (store, _) = try fresh()
        for report in Self.reports { try store.load(json: try Fixtures.data(report), from: "fixture.json") }
        let guide = Samples.root.appendingPathComponent("docs/warehouse.md")
        let queries = try String(contentsOf: guide, encoding: .utf8)
            .components(separatedBy: "```sql\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        #expect(queries.count == 3)
        for sql in queries {
            let expected = try lite.query(sql).map(Self.normalized)
            let got = try store.query(sql).map(Self.normalized)
            #expect(!expected.isEmpty)
            #expect(got == expected, "\(sql)")
        }
    }

    /// Numbers compared as numbers: SQLite prints 8000000.0 where PostgreSQL prints 8000000.
    static func normalized(_ row: [String: String?]) -> [String: String] {
        row.mapValues { value in
            guard let value else { return "NULL" }
            return Double(value).map { String($0) } ?? value
        }
    }

    @Test func passwordsAreNeverPrinted() throws {
        let gongkai = try #require(BuiltExecutable.gongkai, "gongkai is not built")
        let server = try TestPostgres.server()
        guard !server.password.isEmpty else { return }  // a server of one's own: no password to hide
        let scratch = try Scratch()
        try scratch.write("in/a.json", json: Fixtures.sanming)
        let url = try server.createDatabase()
        let good = try Subprocess.run(gongkai, ["load", scratch.path("in"), "--db", url])
        #expect(good.status == 0, "\(good.stderrText)")
        #expect(good.stderrText.contains("1 loaded"))
        #expect(good.stderrText.contains(":***@"))
        #expect(!good.stderrText.contains(server.password))

        let wrong = "not-the-\(server.password)"
        let bad = try Subprocess.run(
            gongkai,
            [
                "load", scratch.path("in"), "--db",
                url.replacingOccurrences(of: ":\(server.password)@", with: ":\(wrong)@"),
            ])
        #expect(bad.status == 12)
        #expect(bad.stderrText.contains("password authentication failed"), "\(bad.stderrText)")
        #expect(!bad.stderrText.contains(wrong) && !bad.stderrText.contains(server.password))

        let keywords = try Subprocess.run(
            gongkai,
            [
                "load", scratch.path("in"), "--db",
                url + "&password=\(wrong)&application_name=x",
            ])
        #expect(!keywords.stderrText.contains(wrong), "\(keywords.stderrText)")
    }

    /// `sslmode=require` is passed to libpq: the test server has no TLS, so it must refuse.
    @Test func sslmodeIsHonoured() throws {
        let server = try TestPostgres.server()
        guard !server.password.isEmpty else { return }
        let url = try server.createDatabase().replacingOccurrences(of: "sslmode=disable", with: "sslmode=require")
        #expect {
            _ = try PostgresWarehouse(ConnectionString(url))
        } throws: { error in
            "\(error)".contains("SSL")
        }
    }

    @Test func redactionCoversURLsAndKeywords() {
        #expect(
            ConnectionString("postgresql://loader:s%40cret@db:5432/w?sslmode=require").description
                == "postgresql://loader:***@db:5432/w?sslmode=require")
        #expect(
            ConnectionString("host=db user=loader password='a b' dbname=w").description
                == "host=db user=loader password=*** dbname=w")
        #expect(
            ConnectionString("postgresql://db/w?user=u&password=x").description
                == "postgresql://db/w?user=u&password=***")
        #expect(ConnectionString("postgresql://loader@db/w").description == "postgresql://loader@db/w")
        #expect(ConnectionString("postgresql://loader:s%40cret@db/w").scrub("failed for s@cret") == "failed for ***")
    }
}
