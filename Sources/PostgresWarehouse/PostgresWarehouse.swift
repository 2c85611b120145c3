import Foundation
import Warehouse

/// The warehouse in PostgreSQL: the SQLite warehouse's tables, created and versioned by the
/// tool, each document loaded in one transaction with one COPY per table.
package final class PostgresWarehouse: ReportStore {
    package let connection: PostgresConnection

    /// Connects and brings the schema up to date.
    package init(_ target: ConnectionString) throws {
        connection = try PostgresConnection(target)
        try Self.prepare(connection)
    }

    /// Creates the warehouse's tables on `connection` when they are missing.
    package static func prepare(_ connection: PostgresConnection) throws {
        try PostgresSchema.ensure(
            "warehouse", version: PostgresSchema.version, create: PostgresSchema.createWarehouse,
            on: connection)
    }

    package func load(_ document: DocumentRows) throws -> LoadOutcome {
        try connection.transaction { try Self.write(document, on: connection) }
    }

    /// Replaces the document with the same sha256 by `document`; call it inside a transaction.
    /// A value PostgreSQL refuses (a NUL character in a text, a broken key) rejects the file.
    package static func write(_ document: DocumentRows, on connection: PostgresConnection) throws -> LoadOutcome {
        do {
            let deleted = try connection.execute("DELETE FROM documents WHERE sha256 = $1", [document.sha256]).affected
            let ids = try reserveIDs(for: document, on: connection)
            for (table, rows) in zip(WarehouseLayout.tables, document.rows) where !rows.isEmpty {
                // Ids of rows nothing refers to are left to the column's identity default.
                let skipID = table.hasID && !WarehouseLayout.referenced.contains(table.name)
                let columns = skipID ? Array(table.columnNames.dropFirst()) : table.columnNames
                let values = rows.map { row in (skipID ? Array(row.dropFirst()) : row).map { Self.text($0, ids) } }
                try connection.copy(into: table.name, columns: columns, rows: values)
            }
            return deleted > 0 ? .replaced : .inserted
        } catch let error as PostgresError where error.isDataError {
            throw ReportFile.Rejection.invalid("PostgreSQL refused its rows (\(error.message))")
        }
    }

    /// Ids from each referenced table's sequence, one round trip for all of them.
    static func reserveIDs(for document: DocumentRows, on connection: PostgresConnection) throws -> [WarehouseValue:
        String]
    {
        var parts: [String] = []
        var parameters: [String?] = []
        for (table, rows) in zip(WarehouseLayout.tables, document.rows)
        where WarehouseLayout.referenced.contains(table.name) && !rows.isEmpty {
            parameters.append(String(rows.count))
            parts.append(
                """
                SELECT '\(table.name)', nextval(pg_get_serial_sequence('"\(table.name)"', 'id')) \
                FROM generate_series(1, $\(parameters.count)::int)
                """)
        }
        guard !parts.isEmpty else { return [:] }
        let result = try connection.execute(parts.joined(separator: " UNION ALL "), parameters)
        var ids: [WarehouseValue: String] = [:]
        var next: [String: Int] = [:]
        for row in result.rows {
            guard let table = row[0], let id = row[1] else { continue }
            ids[.key(table: table, index: next[table, default: 0])] = id
            next[table, default: 0] += 1
        }
        return ids
    }

    /// A value as COPY's text: numbers as Swift prints them (shortest round trip), booleans t/f.
    static func text(_ value: WarehouseValue, _ ids: [WarehouseValue: String]) -> String? {
        switch value {
        case .null: nil
        case .integer(let n): String(n)
        case .real(let x): String(x)
        case .text(let text): text
        case .boolean(let flag): flag ? "t" : "f"
        case .key: ids[value]
        }
    }

    /// Rows per table, for reports and tests.
    package func rowCounts() throws -> [String: Int] {
        let sql = WarehouseLayout.tables.map { "SELECT '\($0.name)', count(*) FROM \"\($0.name)\"" }
            .joined(separator: " UNION ALL ")
        var counts: [String: Int] = [:]
        for row in try connection.execute(sql).rows {
            if let table = row[0] { counts[table] = row[1].flatMap { Int($0) } ?? 0 }
        }
        return counts
    }

    /// The warehouse schema version recorded in the database.
    package func schemaVersion() throws -> Int {
        try connection.execute("SELECT version FROM gongkai_schema WHERE component = 'warehouse'")
            .rows.first?.first??.asInt ?? 0
    }

    /// Runs a query; rows as column → value text (nil for NULL). For tests and docs.
    package func query(_ sql: String, _ parameters: [String?] = []) throws -> [[String: String?]] {
        let result = try connection.execute(sql, parameters)
        return result.rows.map { row in
            Dictionary(zip(result.columns, row), uniquingKeysWith: { first, _ in first })
        }
    }
}
