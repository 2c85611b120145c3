import Batch
import Digest
import Foundation
import PostgresWarehouse
import Testing
import TestSupport
import WarehouseFixtures
@testable import BatchQueue
#if canImport(Glibc)
    import Glibc
#endif

/// Batches shared through a PostgreSQL queue: several `gongkai batch --queue` processes stand in
/// for machines, each with its own --out folder.
@Suite(
    "A batch shared through PostgreSQL",
    .enabled(if: TestPostgres.available, Comment(rawValue: TestPostgres.skipReason)))
struct QueueTests {
    static let samples = Samples.directory

    /// `count` distinct copies of a sample (a comment after %%EOF changes the sha256), and the
    /// bad samples.
    func inputs(_ scratch: Scratch, good count: Int) throws -> (good: [String], bad: [String]) {
        var good: [String] = []
        let sources = ["blank.pdf", "ruled-table.pdf", "cjk-text.pdf"]
        for n in 0..<count {
            var data = try Data(contentsOf: Self.samples.appendingPathComponent(sources[n % sources.count]))
            data.append(Data("\n% copy \(n)\n".utf8))
            let name = "in/good/\(n)-\(sources[n % sources.count])"
            try scratch.write(name, data)
            good.append(name)
        }
        var bad: [String] = []
        for name in ["damaged.pdf", "not-a-pdf.pdf"] {
            try scratch.write("in/bad/" + name, try Data(contentsOf: Self.samples.appendingPathComponent(name)))
            bad.append("in/bad/" + name)
        }
        return (good, bad)
    }

    func start(_ arguments: [String], in scratch: Scratch, log: String) throws -> Process {
        let process = Process()
        process.executableURL = try #require(BuiltExecutable.gongkai, "gongkai is not built")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: scratch.root)
        process.environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        FileManager.default.createFile(atPath: scratch.path(log), contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path(log)))
        try process.run()
        return process
    }

    func rows(_ url: String, _ sql: String) throws -> [[String: String?]] {
        try PostgresWarehouse(ConnectionString(url)).query(sql)
    }

    func sha(_ scratch: Scratch, _ name: String) throws -> String {
        try ContentDigest.sha256(ofFileAt: scratch.path(name))
    }

    @Test
    func threeMachinesConvertEveryGoodFileOnceAndRecordEveryBadOne() throws {
        let scratch = try Scratch()
        let (good, bad) = try inputs(scratch, good: 12)
        let url = try TestPostgres.server().createDatabase()
        let machines = try (1...3).map { n in
            try start(
                ["batch", "in", "--queue", url, "--out", "m\(n)", "--jobs", "1", "--quiet"], in: scratch,
                log: "m\(n).log")
        }
        // Not a timing check: a batch that never ends fails with what the queue looked like.
        let deadline = Date().addingTimeInterval(900)
        while machines.contains(where: \.isRunning), Date() < deadline { usleep(200_000) }
        if machines.contains(where: \.isRunning) {
            let queue =
                (try? rows(url, "SELECT sha256, state, machine, attempts, lease_until FROM gongkai_queue")) ?? []
            let sessions =
                (try? rows(url, "SELECT pid, state, wait_event_type, wait_event, query FROM pg_stat_activity")) ?? []
            Issue.record("machines still running: \(queue) \(sessions)")
            machines.filter(\.isRunning).forEach { kill($0.processIdentifier, SIGKILL) }
        }
        machines.forEach { $0.waitUntilExit() }
        #expect(machines.allSatisfy { $0.terminationStatus == 2 }, "bad files are in the batch")

        let queue = try rows(url, "SELECT sha256, state, reason, conversions, attempts FROM gongkai_queue")
        let bySHA = Dictionary(uniqueKeysWithValues: queue.map { ($0["sha256"]!!, $0) })
        #expect(queue.count == good.count + bad.count, "each file enqueued once, by whichever machine came first")
        for name in good {
            let row = try #require(bySHA[try sha(scratch, name)], "\(name)")
            #expect(row["state"] == "done" && row["conversions"] == "1", "\(name): \(row)")
        }
        #expect(bySHA[try sha(scratch, "in/bad/damaged.pdf")]?["reason"] == "damaged")
        #expect(bySHA[try sha(scratch, "in/bad/not-a-pdf.pdf")]?["reason"] == "not_pdf")
        // The report and its rows were written with the done mark.
        #expect(try rows(url, "SELECT count(*) AS n FROM documents").first?["n"] == String(good.count))
        #expect(
            try rows(
                url,
                "SELECT count(*) AS n FROM gongkai_queue WHERE state = 'done' AND report->'source'->>'sha256' = sha256"
            )
            .first?["n"] == String(good.count))

        // Every machine's manifest together: each good file converted by exactly one machine.
        var converted: [String: Int] = [:]
        let password = try TestPostgres.server().password
        for n in 1...3 {
            let text = try String(contentsOfFile: scratch.path("m\(n)/manifest.jsonl"), encoding: .utf8)
            if !password.isEmpty { #expect(!text.contains(password)) }
            for line in text.split(separator: "\n") {
                let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                if record["status"] as? String == "converted" {
                    converted[record["sha256"] as! String, default: 0] += 1
                }
            }
        }
        #expect(converted.count == good.count && converted.values.allSatisfy { $0 == 1 })

        let status = try Subprocess.run(try #require(BuiltExecutable.gongkai), ["queue", "status", "--queue", url])
        #expect(status.status == 0, "\(status.stderrText)")
        #expect(
            status.stdoutText.contains("\(good.count) done, 0 running, \(bad.count) failed, 0 waiting"),
            "\(status.stdoutText)")
        #expect(status.stdoutText.contains("pages/s") && status.stdoutText.contains("damaged 1"))
        let machineLines = status.stdoutText.split(separator: "\n").filter {
            $0.contains(":") && !$0.contains("schema")
        }
        #expect(machineLines.count >= 2, "\(status.stdoutText)")
        if !password.isEmpty { #expect(!status.stdoutText.contains(password) && !status.stderrText.contains(password)) }
    }

    /// A machine killed with SIGKILL while it holds files: once its leases run out, another
    /// machine takes them over, and each is converted once.
    @Test func aKilledMachinesFilesAreTakenOver() throws {
        let scratch = try Scratch()
        let (good, _) = try inputs(scratch, good: 4)
        try FileManager.default.removeItem(atPath: scratch.path("in/bad"))
        let url = try TestPostgres.server().createDatabase()
        // The first machine's workers never finish: it holds two files when it is killed. They
        // end with their batch, as real workers do, once they are no longer its children — not
        // when its pid is gone (`kill -0`): it stays until this test reaps the killed batch, and
        // Foundation reaps it only once every copy of the descriptor it watches is closed,
        // copies these workers inherited.
        let stuck = "#!/bin/sh\nwhile [ \"$(ps -o ppid= -p $$ | tr -d ' ')\" = \"$PPID\" ]; do sleep 0.2; done\n"
        try scratch.write("stuck.sh", Data(stuck.utf8))
        chmod(scratch.path("stuck.sh"), 0o755)
        let doomed = try start(
            [
                "batch", "in", "--queue", url, "--out", "m1", "--jobs", "2", "--lease", "2",
                "--machine", "doomed", "--worker", scratch.path("stuck.sh"), "--quiet",
            ],
            in: scratch, log: "m1.log")
        // The doomed machine creates the queue table itself: until it has, the poll finds none.
        let holding = "SELECT count(*) AS n FROM gongkai_queue WHERE machine = 'doomed' AND state = 'running'"
        let deadline = Date().addingTimeInterval(120)
        while doomed.isRunning, Date() < deadline, (try? rows(url, holding))?.first?["n"] != "2" {
            usleep(100_000)
        }
        let log = { (try? String(contentsOfFile: scratch.path("m1.log"), encoding: .utf8)) ?? "" }
        try #require(doomed.isRunning, "the doomed machine ended before it was killed: \(log())")
        try #require(try rows(url, holding).first?["n"] == "2", "the doomed machine never held two files: \(log())")
        kill(doomed.processIdentifier, SIGKILL)
        doomed.waitUntilExit()

        let survivor = try start(
            [
                "batch", "in", "--queue", url, "--out", "m2", "--jobs", "2", "--lease", "2",
                "--machine", "survivor", "--quiet",
            ], in: scratch, log: "m2.log")
        survivor.waitUntilExit()
        #expect(
            survivor.terminationStatus == 0,
            "\((try? String(contentsOfFile: scratch.path("m2.log"), encoding: .utf8)) ?? "")")
        let queue = try rows(url, "SELECT state, machine, conversions, attempts FROM gongkai_queue")
        #expect(queue.count == good.count)
        #expect(
            queue.allSatisfy { $0["state"] == "done" && $0["machine"] == "survivor" && $0["conversions"] == "1" },
            "\(queue)")
        #expect(
            queue.filter { $0["attempts"] == "2" }.count == 2,
            "the two files the killed machine held were claimed again")
    }

    @Test func aFailureIsRecordedAndNotRetriedUnlessAsked() throws {
        let scratch = try Scratch()
        try scratch.write("in/damaged.pdf", try Data(contentsOf: Self.samples.appendingPathComponent("damaged.pdf")))
        let url = try TestPostgres.server().createDatabase()
        let gongkai = try #require(BuiltExecutable.gongkai)
        for _ in 0..<2 {
            let run = try Subprocess.run(
                gongkai, ["batch", "in", "--queue", url, "--out", "m", "--quiet"],
                in: URL(fileURLWithPath: scratch.root))
            #expect(run.status == 2)
        }
        #expect(try rows(url, "SELECT attempts, reason FROM gongkai_queue").first?["attempts"] == "1")
        let retry = try Subprocess.run(
            gongkai, ["batch", "in", "--queue", url, "--out", "m", "--quiet", "--retry-failed"],
            in: URL(fileURLWithPath: scratch.root))
        #expect(retry.status == 2)
        let row = try rows(url, "SELECT attempts, reason, error FROM gongkai_queue").first
        #expect(row?["attempts"] == "1" && row?["reason"] == "damaged", "tried once more, from a fresh count")
    }

    func queue(_ url: String, machine: String, lease: Double = 30, version: String = "1.0.0") throws -> FileQueue {
        let connection = try PostgresConnection(ConnectionString(url))
        try QueueSchema.prepare(connection)
        return FileQueue(connection: connection, schemaVersion: version, machine: machine, lease: lease, maxAttempts: 3)
    }

    @Test func enqueueingIsIdempotentPerContentAndSchemaVersion() throws {
        let url = try TestPostgres.server().createDatabase()
        let entries = (0..<1200).map {
            FileQueue.Entry(sha256: String(format: "%064x", $0), path: "/in/\($0).pdf", bytes: $0)
        }
        try queue(url, machine: "a").enqueue(entries, retryFailed: false)
        try queue(url, machine: "b").enqueue(entries.reversed() + entries.prefix(3), retryFailed: false)
        try queue(url, machine: "c", version: "1.1.0").enqueue(Array(entries.prefix(10)), retryFailed: false)
        let counts = try rows(url, "SELECT schema_version, count(*) AS n FROM gongkai_queue GROUP BY 1 ORDER BY 1")
        #expect(counts.map { "\($0["schema_version"]!!) \($0["n"]!!)" } == ["1.0.0 1200", "1.1.0 10"])
        #expect(
            try rows(
                url,
                "SELECT path FROM gongkai_queue WHERE sha256 = '\(String(format: "%064x", 5))' AND schema_version = '1.0.0'"
            )
            .first?["path"] == "/in/5.pdf")
    }

    /// Claims never hand one file to two machines; the largest waiting file goes first.
    @Test
    func concurrentClaimsSkipLockedRows() throws {
        let url = try TestPostgres.server().createDatabase()
        let entries = (0..<40).map {
            FileQueue.Entry(sha256: String(format: "%064x", $0), path: "/\($0).pdf", bytes: $0)
        }
        let queues = try (0..<4).map { n in try queue(url, machine: "m\(n)") }
        for queue in queues { try queue.enqueue(entries, retryFailed: false) }
        #expect(try queues[0].claim() == String(format: "%064x", 39))
        #expect(
            try rows(url, "SELECT count(*) AS n FROM gongkai_queue WHERE state = 'running'").first?["n"] == "1",
            "one claim takes one file")
        let claimed = Locked([String]())
        let errors = Locked([String]())
        DispatchQueue.concurrentPerform(iterations: queues.count) { n in
            do {
                while let sha = try queues[n].claim() { claimed.withLock { $0.append(sha) } }
            } catch {
                errors.withLock { $0.append("\(error)") }
            }
        }
        #expect(errors.withLock { $0 }.isEmpty)
        let all = claimed.withLock { $0 }
        #expect(all.count == 39 && Set(all).count == 39)
    }

    /// A file whose lease ran out three times (every machine that took it died) is failed, not
    /// claimed a fourth time.
    @Test func aFileThatOutlivesEveryLeaseIsAbandoned() throws {
        let url = try TestPostgres.server().createDatabase()
        let q = try queue(url, machine: "x", lease: 0.05)
        try q.enqueue([.init(sha256: String(repeating: "a", count: 64), path: "/a.pdf", bytes: 1)], retryFailed: false)
        for _ in 0..<3 {
            #expect(try q.claim() != nil)
            usleep(150_000)
        }
        #expect(try q.claim() == nil)
        let row = try rows(url, "SELECT state, reason, attempts FROM gongkai_queue").first
        #expect(row?["state"] == "failed" && row?["reason"] == "abandoned" && row?["attempts"] == "3")
    }
}

/// A value shared by the claiming threads of a test.
final class Locked<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T
    init(_ value: T) { self.value = value }
    func withLock<R>(_ body: (inout T) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
