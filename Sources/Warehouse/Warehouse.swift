import Foundation
import GRDB

/// A SQLite database of reports: opened (created and migrated when needed), loaded one
/// document at a time, each in one transaction.
package final class Warehouse: ReportStore {
    private let queue: DatabaseQueue

    package struct NewerSchema: Error, CustomStringConvertible {
        package var description: String {
            "the warehouse was made by a newer gongkai (it has migrations this one does not know)"
        }
    }

    /// Opens or creates the database at `path` and brings its schema up to date.
    package init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        queue = try DatabaseQueue(path: path, configuration: configuration)
        let migrator = WarehouseSchema.migrator
        if try queue.read({ try migrator.hasBeenSuperseded($0) }) { throw NewerSchema() }
        try migrator.migrate(queue)
    }

    package typealias Outcome = LoadOutcome

    /// Validates and loads `document`; a document with the same sha256 is replaced, in the same
    /// transaction, so readers never see it missing or twice.
    @discardableResult
    package func load(_ document: DocumentRows) throws -> LoadOutcome {
        do {
            return try queue.write { db in
                let deleted = try db.cachedStatement(sql: "DELETE FROM documents WHERE sha256 = ?")
                try deleted.execute(arguments: [document.sha256])
                let replaced = db.changesCount > 0
                try DocumentWriter(db: db).insert(document)
                return replaced ? .replaced : .inserted
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            // Validation should catch these first; if one slips through, it is this file's
            // problem, and its transaction was rolled back.
            throw ReportFile.Rejection.invalid("breaks a key of the warehouse (\(error.message ?? "constraint"))")
        }
    }

    /// Rows per table, for reports and tests.
    package func rowCounts() throws -> [String: Int] {
        try queue.read { db in
            var counts: [String: Int] = [:]
            for table in WarehouseLayout.tables.map(\.name) {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table)\"") ?? 0
            }
            return counts
        }
    }

    /// The schema version recorded in the database.
    package func schemaVersion() throws -> Int {
        try queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") ?? 0 }
    }

    /// Runs a read-only query; rows as column → value text (nil for NULL). For tests and docs.
    package func query(_ sql: String, arguments: StatementArguments = []) throws -> [[String: String?]] {
        try queue.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                var values: [String: String?] = [:]
                for (column, value) in row {
                    switch value.storage {
                    case .null: values[column] = .some(nil)
                    case .int64(let n): values[column] = String(n)
                    case .double(let x): values[column] = String(x)
                    case .string(let text): values[column] = text
                    case .blob(let data): values[column] = data.base64EncodedString()
                    }
                }
                return values
            }
        }
    }
}
