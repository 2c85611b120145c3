import Foundation
import Testing

/// Killing a batch at any moment leaves no partial output and a manifest the next run can use;
/// the rerun converts only what was not finished, and ends with the same files as an
/// uninterrupted run.
@Suite("Interrupted batches resume", .serialized)
struct InterruptionTests {
    static let good = [
        "cjk-text.pdf", "ruled-table.pdf", "filled-rule-table.pdf", "rotated.pdf", "blank.pdf", "scanned.pdf",
    ]

    /// Outputs of an uninterrupted run over the same inputs: relative path → bytes.
    func reference(_ scratch: Scratch) throws -> [String: Data] {
        try Gongkai.run(["batch", "in", "--out", "reference", "--quiet", "--jobs", "2"], in: scratch.root)
        let folder = BatchFolder(path: scratch.path("reference"))
        return try Dictionary(uniqueKeysWithValues: folder.jsonFiles().map { ($0, try folder.data($0)) })
    }

    /// Starts a batch into `out`, waits until `records` inputs are recorded, sends `signal`.
    func interrupt(_ scratch: Scratch, with signal: Int32, after records: Int) throws -> Process {
        let process = try Gongkai.start(["batch", "in", "--out", "out", "--quiet", "--jobs", "2"], in: scratch.root)
        let manifest = scratch.path("out/manifest.jsonl")
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning {
            let text = (try? String(contentsOfFile: manifest, encoding: .utf8)) ?? ""
            if text.split(separator: "\n").count >= records { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process
    }

    func check(_ scratch: Scratch, signal: Int32) throws {
        try writeVariants(of: Self.good, count: 30, into: scratch, under: "in")
        let expected = try reference(scratch)
        #expect(expected.count == 30)

        let killed = try interrupt(scratch, with: signal, after: 6)
        let out = BatchFolder(path: scratch.path("out"))
        // No partial file: whatever JSON is in place is complete and identical to the reference.
        for name in out.jsonFiles() {
            #expect(try out.data(name) == expected[name], "\(name) is partial or wrong after the kill")
        }
        let firstRun = try out.statuses().filter { $0.value == "converted" }.map(\.key)
        #expect(!firstRun.isEmpty)
        #expect(firstRun.count < 30, "the kill came too late to test anything")

        let status = try Gongkai.run(["batch", "in", "--out", "out", "--quiet", "--jobs", "2"], in: scratch.root)
        #expect(status == 0)
        let secondRun = try out.statuses()
        #expect(secondRun.count == 30)
        for path in firstRun {
            #expect(secondRun[path] == "skipped", "\(path) was converted twice")
        }
        #expect(secondRun.values.allSatisfy { $0 == "converted" || $0 == "skipped" })
        #expect(Set(out.jsonFiles()) == Set(expected.keys))
        for (name, data) in expected {
            #expect(try out.data(name) == data, "\(name) differs from an uninterrupted run")
        }
        #expect(out.files().filter { $0.hasPrefix(".gongkai-batch/") }.isEmpty)
        _ = killed
    }

    @Test func sigkillThenRerun() throws {
        try check(try Scratch(), signal: SIGKILL)
    }

    @Test func sigtermStopsCleanly() throws {
        let scratch = try Scratch()
        // Enough files that the batch is still running when the signal comes, however fast.
        try writeVariants(of: Self.good, count: 60, into: scratch, under: "in")
        let process = try interrupt(scratch, with: SIGTERM, after: 3)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 143)
        let out = BatchFolder(path: scratch.path("out"))
        #expect(
            out.files().filter { $0.hasPrefix(".gongkai-batch/") }.isEmpty, "a clean stop removes the scratch folder")
        let text = try String(contentsOfFile: scratch.path("out/manifest.jsonl"), encoding: .utf8)
        #expect(text.isEmpty || text.hasSuffix("\n"))
        #expect(try Gongkai.run(["batch", "in", "--out", "out", "--quiet"], in: scratch.root) == 0)
        #expect(try out.statuses().count == 60)
    }

    /// A SIGKILL gives the batch no chance to stop its workers: each must notice on its own and
    /// end, rather than go on writing into the scratch folder the next run clears.
    @Test func workersEndWithAKilledBatch() throws {
        let scratch = try Scratch()
        let gongkai = try Gongkai.required().path
        // Each worker is the real `gongkai extract`, reading a PDF from a pipe that never ends.
        guard mkfifo(scratch.path("never"), 0o600) == 0 else { throw POSIXError(.init(rawValue: errno)!) }
        try scratch.write(
            "worker.sh",
            """
            #!/bin/sh
            echo $$ >> "\(scratch.path("pids"))"
            exec "\(gongkai)" extract - -o "$4" <>"\(scratch.path("never"))"
            """)
        chmod(scratch.path("worker.sh"), 0o755)
        try writeVariants(of: ["blank.pdf"], count: 2, into: scratch, under: "in")
        let batch = try Gongkai.start(
            [
                "batch", "in", "--out", "out", "--quiet", "--jobs", "2",
                "--worker", scratch.path("worker.sh"),
            ], in: scratch.root)
        var workers: [pid_t] = []
        let started = Date()
        while workers.count < 2, Date().timeIntervalSince(started) < 60 {
            usleep(20_000)
            let text = (try? String(contentsOfFile: scratch.path("pids"), encoding: .utf8)) ?? ""
            workers = text.split(separator: "\n").compactMap { pid_t($0) }
        }
        #expect(workers.count == 2)
        #expect(workers.allSatisfy(isRunning), "the workers should wait on their endless input")
        kill(batch.processIdentifier, SIGKILL)
        batch.waitUntilExit()
        let killed = Date()
        while workers.contains(where: isRunning), Date().timeIntervalSince(killed) < 10 { usleep(20_000) }
        #expect(!workers.contains(where: isRunning), "a worker outlived its batch")
        for pid in workers where isRunning(pid) { kill(pid, SIGKILL) }
    }

    /// Alive and not a zombie waiting for init to reap it.
    func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
            return kill(pid, 0) == 0
        }
        // The state follows the parenthesised command name.
        guard let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(close, offsetBy: 2)]
        return state != "Z" && state != "X"
    }
}
