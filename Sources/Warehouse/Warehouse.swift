import Foundation
import GRDB

/// A SQLite database of reports: opened (created and migrated when needed), loaded one
/// document at a time, each in one transaction.
public final class Warehouse {
    private let queue: DatabaseQueue

    public struct NewerSchema: Error, CustomStringConvertible {
        public var description: String { "the warehouse was made by a newer gongkai (it has migrations this one does not know)" }
    }

    /// Opens or creates the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        queue = try DatabaseQueue(path: path, configuration: configuration)
        let migrator = WarehouseSchema.migrator
        if try queue.read({ try migrator.hasBeenSuperseded($0) }) { throw NewerSchema() }
        try migrator.migrate(queue)
    }

    /// What loading one file did.
    public enum Outcome: Equatable, Sendable {
        /// First load of this document (by sha256).
        case inserted
        /// The document was there: its rows were replaced.
        case replaced
    }

    /// Reads, validates and loads the report at `path`; a document with the same sha256 is
    /// replaced, in the same transaction, so readers never see it missing or twice.
    @discardableResult
    public func load(fileAt path: String) throws -> Outcome {
        try load(try ReportFile.read(path), from: path)
    }

    /// Loads a report given as JSON bytes (for tests and pipes).
    @discardableResult
    public func load(json data: Data, from path: String) throws -> Outcome {
        try load(try ReportFile.decode(data), from: path)
    }

    func load(_ report: ReportDocument, from path: String) throws -> Outcome {
        try queue.write { db in
            let deleted = try db.cachedStatement(sql: "DELETE FROM documents WHERE sha256 = ?")
            try deleted.execute(arguments: [report.source.sha256])
            let replaced = db.changesCount > 0
            try DocumentWriter(db: db).insert(report, from: path)
            return replaced ? .replaced : .inserted
        }
    }

    /// Rows per table, for reports and tests.
    public func rowCounts() throws -> [String: Int] {
        try queue.read { db in
            var counts: [String: Int] = [:]
            for table in WarehouseSchema.tables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table)\"") ?? 0
            }
            return counts
        }
    }

    /// The schema version recorded in the database.
    public func schemaVersion() throws -> Int {
        try queue.read { try Int.fetchOne($0, sql: "PRAGMA user_version") ?? 0 }
    }

    /// Runs a read-only query; rows as column → value text (nil for NULL). For tests and docs.
    public func query(_ sql: String, arguments: StatementArguments = []) throws -> [[String: String?]] {
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
