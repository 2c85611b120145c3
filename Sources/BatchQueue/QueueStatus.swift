import Foundation
import PostgresWarehouse

/// How a shared batch is going: files per state, and per machine what it finished and how fast.
package struct QueueStatus: Sendable {
    package struct Machine: Sendable {
        package var name: String
        package var done: Int
        package var failed: Int
        package var running: Int
        package var pages: Int
        /// Pages of its done files over the time from its first claim to its last result.
        package var pagesPerSecond: Double?
    }

    /// Files per state (`done`, `running`, `failed`, `waiting`) for each schema version.
    package var states: [String: [String: Int]]
    package var machines: [Machine]
    /// Failed files by reason.
    package var reasons: [String: Int]
    /// Running files whose lease has run out: their machine stopped; another will take them.
    package var expired: Int

    package static func read(_ target: ConnectionString) throws -> QueueStatus {
        let connection = try PostgresConnection(target)
        try QueueSchema.prepare(connection)
        var states: [String: [String: Int]] = [:]
        for row in try connection.execute("SELECT schema_version, state, count(*) FROM gongkai_queue GROUP BY 1, 2")
            .rows
        {
            states[row[0] ?? "?", default: [:]][row[1] ?? "?"] = Int(row[2] ?? "0") ?? 0
        }
        let machines = try connection.execute(
            """
            SELECT machine,
                   count(*) FILTER (WHERE state = 'done'),
                   count(*) FILTER (WHERE state = 'failed'),
                   count(*) FILTER (WHERE state = 'running'),
                   coalesce(sum(pages) FILTER (WHERE state = 'done'), 0),
                   extract(epoch FROM max(finished_at) - min(started_at))
            FROM gongkai_queue WHERE machine IS NOT NULL GROUP BY machine ORDER BY machine
            """
        ).rows.map { row in
            let pages = Int(row[4] ?? "0") ?? 0
            let span = row[5].flatMap(Double.init)
            return Machine(
                name: row[0] ?? "?", done: Int(row[1] ?? "0") ?? 0, failed: Int(row[2] ?? "0") ?? 0,
                running: Int(row[3] ?? "0") ?? 0, pages: pages,
                pagesPerSecond: span.flatMap { $0 > 0 ? Double(pages) / $0 : nil })
        }
        var reasons: [String: Int] = [:]
        for row in try connection.execute(
            "SELECT reason, count(*) FROM gongkai_queue WHERE state = 'failed' GROUP BY 1"
        ).rows {
            reasons[row[0] ?? "failed"] = Int(row[1] ?? "0") ?? 0
        }
        let expired =
            try connection.execute(
                """
                SELECT count(*) FROM gongkai_queue WHERE state = 'running' AND lease_until < now()
                """
            ).rows.first?.first??.asCount ?? 0
        return QueueStatus(states: states, machines: machines, reasons: reasons, expired: expired)
    }

    /// The report `gongkai queue status` prints.
    package var text: String {
        var lines: [String] = []
        if states.isEmpty { lines.append("the queue is empty") }
        for (version, counts) in states.sorted(by: { $0.key < $1.key }) {
            let parts = ["done", "running", "failed", "waiting"].map { "\(counts[$0] ?? 0) \($0)" }
            lines.append(
                "schema \(version): " + parts.joined(separator: ", ")
                    + " (\(counts.values.reduce(0, +)) files)")
        }
        if expired > 0 {
            lines.append(
                "\(expired) running file(s) past their lease: their machine stopped; another will take them over")
        }
        if !reasons.isEmpty {
            lines.append(
                "failed by reason: "
                    + reasons.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                    .map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        if !machines.isEmpty {
            let width = max(7, machines.map(\.name.count).max() ?? 0)
            func pad(_ text: String, _ n: Int, left: Bool = false) -> String {
                let space = String(repeating: " ", count: max(0, n - text.count))
                return left ? text + space : space + text
            }
            lines.append(pad("machine", width, left: true) + "    done  failed  running     pages  pages/s")
            for machine in machines {
                lines.append(
                    pad(machine.name, width, left: true) + pad("\(machine.done)", 8) + pad("\(machine.failed)", 8)
                        + pad("\(machine.running)", 9) + pad("\(machine.pages)", 10)
                        + pad(machine.pagesPerSecond.map { String(format: "%.1f", $0) } ?? "-", 9))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    var asCount: Int? { Int(self) }
}
