import Batch
import Foundation
import PostgresWarehouse
import Warehouse

/// The queue as one machine sees it: the statements that enqueue, claim, renew, finish and fail
/// files. Claiming is `FOR UPDATE SKIP LOCKED`: machines claiming at once each get a different
/// row and none waits for another. A machine claims only files it was given itself (its inputs
/// are in the session's temporary table `gongkai_mine`), so machines given different inputs can
/// share one queue.
struct FileQueue: Sendable {
    let connection: PostgresConnection
    let schemaVersion: String
    let machine: String
    /// Seconds a claim lasts unless renewed.
    let lease: Double
    /// Claims of one file (each ended by a lease running out) before it is recorded as failed.
    let maxAttempts: Int

    /// One file to enqueue.
    struct Entry: Sendable {
        var sha256: String
        var path: String
        var bytes: Int
    }

    /// Adds the files not yet in the queue (the key is sha256 and schema version, so running the
    /// same batch on every machine enqueues each file once) and remembers them as this
    /// machine's. `retryFailed` makes this machine's failed files waiting again.
    func enqueue(_ entries: [Entry], retryFailed: Bool) throws {
        try connection.script("CREATE TEMP TABLE IF NOT EXISTS gongkai_mine (sha256 text PRIMARY KEY)")
        try connection.execute("TRUNCATE gongkai_mine")
        let distinct = Dictionary(entries.map { ($0.sha256, $0) }, uniquingKeysWith: { first, _ in first }).values
            .sorted { $0.sha256 < $1.sha256 }
        try connection.copy(into: "gongkai_mine", columns: ["sha256"], rows: distinct.map { [$0.sha256] })
        // Sorted, so machines inserting the same rows at once lock them in one order.
        for chunk in stride(from: 0, to: distinct.count, by: 500).map({ distinct[$0..<min($0 + 500, distinct.count)] })
        {
            var values: [String] = []
            var parameters: [String?] = [schemaVersion]
            for entry in chunk {
                let n = parameters.count
                values.append("($\(n + 1), $1, $\(n + 2), $\(n + 3)::bigint)")
                parameters += [entry.sha256, entry.path, String(entry.bytes)]
            }
            try connection.execute(
                """
                INSERT INTO gongkai_queue (sha256, schema_version, path, bytes) VALUES \(values.joined(separator: ", "))
                ON CONFLICT DO NOTHING
                """, parameters)
        }
        if retryFailed {
            try connection.execute(
                """
                UPDATE gongkai_queue SET state = 'waiting', attempts = 0, reason = NULL, error = NULL, exit_code = NULL
                WHERE schema_version = $1 AND state = 'failed' AND sha256 IN (SELECT sha256 FROM gongkai_mine)
                """, [schemaVersion])
        }
    }

    /// Claims the largest file that is waiting, or whose holder's lease ran out; nil when none is.
    /// Files whose leases ran out `maxAttempts` times are recorded as failed first: a file that
    /// takes down every machine that tries it must not go round for ever.
    func claim() throws -> String? {
        try connection.execute(
            """
            UPDATE gongkai_queue
            SET state = 'failed', reason = 'abandoned', lease_until = NULL, finished_at = now(),
                error = 'claimed ' || attempts || ' times; each machine stopped before finishing it'
            WHERE schema_version = $1 AND state = 'running' AND lease_until < now() AND attempts >= $2::int
            """, [schemaVersion, String(maxAttempts)])
        // The candidate is an uncorrelated scalar subquery, so PostgreSQL runs it once. Joined
        // in FROM instead, the planner may run it again for every row it scans, and each run
        // locks and claims one more file that nobody converts (its lease renewed for ever).
        let claimed = try connection.execute(
            """
            UPDATE gongkai_queue
            SET state = 'running', machine = $2, lease_until = now() + make_interval(secs => $3::float8),
                attempts = attempts + 1, started_at = now()
            WHERE schema_version = $1
              AND sha256 = (SELECT sha256 FROM gongkai_queue
                            WHERE schema_version = $1 AND sha256 IN (SELECT sha256 FROM gongkai_mine)
                              AND (state = 'waiting' OR (state = 'running' AND lease_until < now()))
                            ORDER BY bytes DESC
                            LIMIT 1
                            FOR UPDATE SKIP LOCKED)
            RETURNING sha256
            """, [schemaVersion, machine, String(lease)])
        return claimed.rows.first?.first ?? nil
    }

    /// Extends the leases of every file this machine holds.
    func renew() throws {
        try connection.execute(
            """
            UPDATE gongkai_queue SET lease_until = now() + make_interval(secs => $2::float8)
            WHERE machine = $1 AND state = 'running'
            """, [machine, String(lease)])
    }

    /// In the caller's transaction: marks the file done with its report, if this machine still
    /// holds it. False when it does not (its lease ran out and another machine took it over).
    func markDone(_ sha256: String, report: String, record: ManifestRecord) throws -> Bool {
        try connection.execute(
            """
            UPDATE gongkai_queue
            SET state = 'done', report = $3::jsonb, pages = $4::int, seconds = $5::float8, finished_at = now(),
                lease_until = NULL, conversions = conversions + 1, reason = NULL, error = NULL, exit_code = NULL
            WHERE sha256 = $1 AND schema_version = $2 AND machine = $6 AND state = 'running'
            """, [sha256, schemaVersion, report, record.pages.map(String.init), String(record.seconds), machine]
        ).affected == 1
    }

    /// Records the failure, if this machine still holds the file.
    func markFailed(_ sha256: String, record: ManifestRecord) throws {
        try connection.execute(
            """
            UPDATE gongkai_queue
            SET state = 'failed', reason = $3, error = $4, exit_code = $5::int, seconds = $6::float8,
                finished_at = now(), lease_until = NULL
            WHERE sha256 = $1 AND schema_version = $2 AND machine = $7 AND state = 'running'
            """,
            [
                sha256, schemaVersion, record.reason ?? "failed", record.error, record.exitCode.map { String($0) },
                String(record.seconds), machine,
            ])
    }

    /// Gives back the files this machine holds (it was interrupted): waiting again, this claim
    /// not counted.
    func releaseAll() throws {
        try connection.execute(
            """
            UPDATE gongkai_queue SET state = 'waiting', machine = NULL, lease_until = NULL, attempts = attempts - 1
            WHERE machine = $1 AND state = 'running'
            """, [machine])
    }

    /// This machine's files not finished yet, by anyone.
    func unfinished() throws -> Int {
        let result = try connection.execute(
            """
            SELECT count(*) FROM gongkai_queue
            WHERE schema_version = $1 AND sha256 IN (SELECT sha256 FROM gongkai_mine) AND state IN ('waiting', 'running')
            """, [schemaVersion])
        return Int(result.rows.first?.first.flatMap { $0 } ?? "0") ?? 0
    }

    /// This machine's files recorded as failed, by anyone.
    func failedFiles() throws -> Int {
        let result = try connection.execute(
            """
            SELECT count(*) FROM gongkai_queue
            WHERE schema_version = $1 AND sha256 IN (SELECT sha256 FROM gongkai_mine) AND state = 'failed'
            """, [schemaVersion])
        return Int(result.rows.first?.first.flatMap { $0 } ?? "0") ?? 0
    }
}
