import CLibPQ
import Foundation

/// One connection to PostgreSQL through libpq: statements with text parameters, COPY of rows,
/// transactions. The only code that touches libpq.
///
/// Why `@unchecked Sendable` is sound: the only state is libpq's connection handle, and every
/// use of it happens while `lock` is held; `transaction` holds it for its whole body (the lock
/// is recursive, so the body's own statements go through), so no other thread's statement can
/// land inside another's transaction.
package final class PostgresConnection: @unchecked Sendable {
    private let connection: OpaquePointer
    private let pq: CLibPQFunctions
    private let lock = NSRecursiveLock()
    package let target: ConnectionString

    /// Connects as libpq does (URL or key=value, PGPASSWORD, ~/.pgpass, `sslmode` …).
    package init(_ target: ConnectionString) throws(PostgresError) {
        self.target = target
        let pq = try Self.library.get()
        self.pq = pq
        guard let handle = pq.PQconnectdb(target.value) else {
            throw PostgresError(message: "cannot connect to \(target): out of memory")
        }
        guard pq.PQstatus(handle) == CONNECTION_OK else {
            let why = text(pq.PQerrorMessage(handle)).trimmingCharacters(in: .whitespacesAndNewlines)
            pq.PQfinish(handle)
            throw PostgresError(message: "cannot connect to \(target): \(target.scrub(why))")
        }
        connection = handle
        // Notices (`relation already exists, skipping`) are not the user's business.
        _ = pq.PQsetNoticeProcessor(handle, { _, _ in }, nil)
        _ = pq.PQsetClientEncoding(handle, "UTF8")
    }

    deinit {
        pq.PQfinish(connection)
    }

    /// libpq's functions, bound at the first connection: a program that never connects runs
    /// without libpq installed.
    private static let library: Swift.Result<CLibPQFunctions, PostgresError> = {
        var why = [CChar](repeating: 0, count: 512)
        guard let functions = CLibPQ_load(&why, why.count) else {
            let reason = String(decoding: why.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return .failure(
                PostgresError(
                    message:
                        "PostgreSQL's client library could not be loaded (install the Debian package libpq5): \(reason)"
                ))
        }
        return .success(functions.pointee)
    }()

    /// Rows of a query, every value as PostgreSQL's text (nil for NULL).
    package struct Result: Sendable {
        package var columns: [String]
        package var rows: [[String?]]
        /// Rows inserted, updated or deleted.
        package var affected: Int
    }

    /// Runs one statement; `$1`, `$2` … are `parameters`, sent apart from the SQL text.
    @discardableResult
    package func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> Result {
        try locked { () throws(PostgresError) -> Result in
            let result = withCStrings(parameters) { values in
                pq.PQexecParams(connection, sql, Int32(parameters.count), nil, values, nil, nil, 0)
            }
            return try read(result)
        }
    }

    /// Runs SQL of several statements, without parameters (schema changes).
    package func script(_ sql: String) throws(PostgresError) {
        try locked { () throws(PostgresError) in _ = try read(pq.PQexec(connection, sql)) }
    }

    /// Sends `rows` with `COPY table (columns) FROM STDIN` in text format: one round trip for
    /// all of them.
    package func copy(into table: String, columns: [String], rows: [[String?]]) throws(PostgresError) {
        guard !rows.isEmpty else { return }
        try locked { () throws(PostgresError) in
            let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
            let start = pq.PQexec(connection, "COPY \"\(table)\" (\(names)) FROM STDIN")
            guard pq.PQresultStatus(start) == PGRES_COPY_IN else {
                _ = try read(start)
                return
            }
            pq.PQclear(start)
            var buffer = Data()
            buffer.reserveCapacity(1 << 16)
            var sent = true
            for row in rows {
                for (index, value) in row.enumerated() {
                    if index > 0 { buffer.append(0x09) }
                    Self.appendCopyText(value, to: &buffer)
                }
                buffer.append(0x0A)
                if buffer.count >= 1 << 16 {
                    sent = sent && put(buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            if !buffer.isEmpty { sent = sent && put(buffer) }
            _ = pq.PQputCopyEnd(connection, sent ? nil : "gongkai could not send the rows")
            try drain()
        }
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    package func transaction<T>(_ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        try execute("BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    /// A text value of COPY's text format: backslash, tab, newline and carriage return escaped;
    /// NULL is `\N`.
    static func appendCopyText(_ value: String?, to buffer: inout Data) {
        guard let value else {
            buffer.append(contentsOf: [0x5C, 0x4E])
            return
        }
        for byte in value.utf8 {
            switch byte {
            case 0x5C: buffer.append(contentsOf: [0x5C, 0x5C])
            case 0x09: buffer.append(contentsOf: [0x5C, 0x74])
            case 0x0A: buffer.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: buffer.append(contentsOf: [0x5C, 0x72])
            default: buffer.append(byte)
            }
        }
    }

    private func put(_ data: Data) -> Bool {
        data.withUnsafeBytes { bytes in
            pq.PQputCopyData(connection, bytes.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(bytes.count))
                == 1
        }
    }

    /// Reads every pending result; throws the first error.
    private func drain() throws(PostgresError) {
        var failure: PostgresError?
        while let result = pq.PQgetResult(connection) {
            do { _ = try read(result) } catch { failure = failure ?? error }
        }
        if let failure { throw failure }
    }

    /// Turns a result into rows or an error, and frees it.
    private func read(_ result: OpaquePointer?) throws(PostgresError) -> Result {
        guard let result else {
            throw PostgresError(message: target.scrub(text(pq.PQerrorMessage(connection))))
        }
        defer { pq.PQclear(result) }
        switch pq.PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK:
            let width = pq.PQnfields(result), height = pq.PQntuples(result)
            let columns = (0..<width).map { text(pq.PQfname(result, $0)) }
            let rows = (0..<height).map { row in
                (0..<width).map { column -> String? in
                    pq.PQgetisnull(result, row, column) == 1 ? nil : text(pq.PQgetvalue(result, row, column))
                }
            }
            return Result(columns: columns, rows: rows, affected: Int(text(pq.PQcmdTuples(result))) ?? 0)
        default:
            let state = pq.PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
            let message = text(pq.PQresultErrorMessage(result)).trimmingCharacters(in: .whitespacesAndNewlines)
            throw PostgresError(sqlState: state, message: target.scrub(message))
        }
    }

    private func locked<T>(_ body: () throws(PostgresError) -> T) throws(PostgresError) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}

/// Calls `body` with `strings` as an array of C strings (NULL for nil), valid during the call.
/// A string libpq returns; nil (out of memory, no such field) as empty.
private func text(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
}

private func withCStrings<R>(_ strings: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
    let copies = strings.map { $0.map { strdup($0)! } }
    defer { copies.forEach { free($0) } }
    return body(copies.map { $0.map { UnsafePointer($0) } })
}
