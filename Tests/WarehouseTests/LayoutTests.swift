import GRDB
import Testing
import WarehouseFixtures
@testable import Warehouse

/// The SQLite migrations and `WarehouseLayout` describe the same tables: every store writes
/// rows in the layout's column order, so a migration that forgot the layout (or the reverse)
/// must fail here.
@Suite("Warehouse layout")
struct LayoutTests {
    @Test func migratedSQLiteHasTheLayoutsColumnsKeysAndIndexes() throws {
        let scratch = try Scratch()
        _ = try Warehouse(path: scratch.path("w.sqlite"))
        let db = try DatabaseQueue(path: scratch.path("w.sqlite"))
        try db.read { db in
            let tables = try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
                    """)
            #expect(Set(tables) == Set(WarehouseLayout.tables.map(\.name)))
            for table in WarehouseLayout.tables {
                let columns = try db.columns(in: table.name)
                #expect(columns.map(\.name) == table.columnNames, "\(table.name)")
                for column in table.columns {
                    let found = columns.first { $0.name == column.name }
                    #expect(found?.isNotNull == column.notNull, "\(table.name).\(column.name)")
                }
                let parents = try db.foreignKeys(on: table.name)
                #expect(
                    Set(parents.map { "\($0.originColumns[0])→\($0.destinationTable)" })
                        == Set(table.columns.compactMap { c in c.references.map { "\(c.name)→\($0)" } }),
                    "\(table.name)")
                let named = try db.indexes(on: table.name).filter { !$0.name.hasPrefix("sqlite_autoindex") }
                #expect(
                    Set(named.map { "\($0.name)(\($0.columns.joined(separator: ",")))" })
                        == Set(table.indexes.map { "\($0.name)(\($0.columns.joined(separator: ",")))" }),
                    "\(table.name)")
                let uniques = try db.indexes(on: table.name).filter {
                    $0.isUnique && $0.name.hasPrefix("sqlite_autoindex")
                }
                .map(\.columns)
                let expected = table.unique + (table.primaryKey.isEmpty ? [] : [table.primaryKey])
                #expect(Set(uniques) == Set(expected), "\(table.name)")
            }
            #expect(try Int.fetchOne(db, sql: "PRAGMA user_version") == WarehouseLayout.version)
        }
    }

    @Test func everyRowHasOneValuePerColumn() throws {
        for report in [Fixtures.sanming, Fixtures.leshan, Fixtures.shanghai] {
            let rows = try DocumentRows.decode(try Fixtures.data(report), from: "fixture.json")
            for (table, tableRows) in zip(WarehouseLayout.tables, rows.rows) {
                #expect(tableRows.allSatisfy { $0.count == table.columnNames.count }, "\(table.name)")
            }
            #expect(rows.rows[0].count == 1)
        }
    }
}
