import GRDB

/// Writes one document's rows into SQLite, with statements prepared once per connection. SQLite
/// assigns the ids: a row's `id` is bound as NULL, and the id it got replaces its key in the rows
/// written after it.
struct DocumentWriter {
    let db: Database

    func insert(_ document: DocumentRows) throws {
        var ids: [WarehouseValue: Int64] = [:]
        for (table, rows) in zip(WarehouseLayout.tables, document.rows) where !rows.isEmpty {
            let names = table.columnNames
            let statement = try db.cachedStatement(
                sql: """
                    INSERT INTO "\(table.name)" (\(names.map { "\"\($0)\"" }.joined(separator: ", ")))
                    VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))
                    """)
            for row in rows {
                try statement.execute(
                    arguments: StatementArguments(
                        row.map { value -> (any DatabaseValueConvertible)? in
                            switch value {
                            case .null: nil
                            case .integer(let n): n
                            case .real(let x): x
                            case .text(let text): text
                            case .boolean(let flag): flag
                            case .key: ids[value]
                            }
                        }))
                if table.hasID { ids[row[0]] = db.lastInsertedRowID }
            }
        }
    }
}
