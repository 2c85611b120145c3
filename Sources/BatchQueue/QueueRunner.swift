import Batch
import Foundation
import PostgresWarehouse
import Warehouse
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One machine's part of a batch shared through a PostgreSQL queue.
///
/// 1. Hash the inputs and enqueue them (idempotent: the key is sha256 and schema version).
/// 2. `jobs` threads each claim a file under a lease, convert it with a local worker, and write
///    the result — the report as `jsonb` in the queue row and its normalized rows in the
///    warehouse tables — in the same transaction that marks the file done. A failure is recorded
///    with its reason and not retried (`retryFailed` makes it waiting again).
/// 3. A heartbeat renews this machine's leases. A machine that dies stops renewing; once its
///    leases run out, the others claim its files again.
/// 4. A thread with nothing to claim waits while files of this machine's inputs are still
///    running elsewhere, so it can take them over should their machine die; the run ends when
///    every one of them is done or failed.
///
/// `DIR` (`outputDirectory`) is this machine's own: scratch space for the workers and a
/// `manifest.jsonl` of the files this machine converted or saw fail.
package final class QueueRunner: Sendable {
    package let options: BatchOptions
    package let target: ConnectionString
    package let machine: String
    package let lease: Double
    package let maxAttempts: Int
    package let progress: ProgressReporter
    /// Runs the workers; `cancel` on it (from `Interrupts`) stops this machine.
    package let batch: BatchRunner
    private let fatal = Shared<(any Error)?>(nil)

    package init(
        options: BatchOptions, queue target: ConnectionString, machine: String? = nil, lease: Double = 60,
        maxAttempts: Int = 3, progress: ProgressReporter
    ) {
        self.options = options
        self.target = target
        self.machine = machine ?? Self.defaultMachine()
        self.lease = lease
        self.maxAttempts = maxAttempts
        self.progress = progress
        batch = BatchRunner(options: options, progress: progress)
    }

    /// `host:pid`: several processes on one host are machines of their own.
    static func defaultMachine() -> String {
        "\(ProcessInfo.processInfo.hostName):\(getpid())"
    }

    /// What this machine's run ended with.
    package struct Outcome: Sendable {
        package var summary: BatchSummary
        /// This machine's inputs recorded as failed in the queue, by any machine.
        package var failedInQueue: Int
    }

    package func run() throws -> Outcome {
        let started = Date()
        let fm = FileManager.default
        let folder = URL(
            fileURLWithPath: options.outputDirectory, relativeTo: URL(fileURLWithPath: fm.currentDirectoryPath)
        )
        .standardizedFileURL.path
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let lock = try FolderLock(folder + "/" + OutputLayout.lock)
        defer { withExtendedLifetime(lock) {} }
        let scratchRoot = folder + "/" + OutputLayout.scratch
        BatchRunner.clear(scratchRoot)
        let scratch = scratchRoot + "/\(getpid())-\(UUID().uuidString.prefix(8))"
        try fm.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { BatchRunner.clear(scratchRoot) }
        let manifestPath = folder + "/" + OutputLayout.manifest
        let manifest = try Manifest(path: manifestPath, startingWith: try Manifest.read(manifestPath).records)

        let control = try PostgresConnection(target)
        try QueueSchema.prepare(control)
        let queue = FileQueue(
            connection: control, schemaVersion: options.schemaVersion, machine: machine,
            lease: lease, maxAttempts: maxAttempts)

        let inputs = try InputDiscovery().discover(options.inputs).filter { options.shard?.contains($0) ?? true }
        let candidates = batch.survey(inputs, in: folder)
        var bySHA: [String: BatchInput] = [:]
        var entries: [FileQueue.Entry] = []
        var records: [ManifestRecord] = []
        for candidate in candidates {
            guard let sha = candidate.sha256 else {
                // Unreadable here: this machine's problem, recorded locally only.
                let problem = candidate.problem
                let record = ManifestRecord(
                    path: candidate.input.path, status: .failed, reason: problem?.reason,
                    error: problem?.message, schemaVersion: options.schemaVersion)
                try manifest.append(record)
                records.append(record)
                continue
            }
            if bySHA[sha] == nil {
                bySHA[sha] = candidate.input
                entries.append(
                    .init(sha256: sha, path: candidate.input.location, bytes: Self.size(candidate.input.location)))
            }
        }
        try queue.enqueue(entries, retryFailed: options.retryFailed)
        let inputsBySHA = bySHA
        let journal = Shared(manifest)
        progress.begin(total: bySHA.count, converting: try queue.unfinished(), bytes: 0)

        let heartbeat = Heartbeat(every: lease / 3) { [fatal] in
            do { try queue.renew() } catch { fatal.set(error) }
        }
        let done = Shared<[ManifestRecord]>([])
        let group = DispatchGroup()
        for _ in 0..<options.jobs {
            DispatchQueue.global().async(group: group) {
                do {
                    try self.work(claiming: queue, bySHA: inputsBySHA, scratch: scratch, manifest: journal, done: done)
                } catch {
                    self.fatal.set(error)
                }
            }
        }
        while group.wait(timeout: .now() + progress.tickInterval) == .timedOut {
            progress.tick()
        }
        heartbeat.stop()
        // Interrupted, or stopped by a database error: the files held are not failures, so they
        // are given back now rather than left to their leases (best effort; a lost connection
        // leaves them to the leases after all).
        if batch.isCancelled || fatal.get() != nil { try? queue.releaseAll() }
        if let error = fatal.get() { throw error }
        records += done.get()
        let summary = BatchSummary(
            records: records, interrupted: batch.isCancelled, seconds: Date().timeIntervalSince(started))
        progress.end(summary, manifest: manifestPath)
        return Outcome(summary: summary, failedInQueue: try queue.failedFiles())
    }

    /// One worker thread: claim, convert, record, until nothing of this machine's is unfinished.
    func work(
        claiming queue: FileQueue, bySHA: [String: BatchInput], scratch: String, manifest: Shared<Manifest>,
        done: Shared<[ManifestRecord]>
    ) throws {
        let writer = FileQueue(
            connection: try PostgresConnection(target), schemaVersion: queue.schemaVersion,
            machine: machine, lease: lease, maxAttempts: maxAttempts)
        while !batch.isCancelled, fatal.get() == nil {
            guard let sha = try queue.claim() else {
                if try queue.unfinished() == 0 { return }
                // Running elsewhere: wait, to take it over should that machine die.
                usleep(UInt32(min(1, lease / 4) * 1_000_000))
                continue
            }
            guard let input = bySHA[sha] else { continue }
            let record = batch.convert(input, sha256: sha, scratch: scratch) { json, _ in
                try self.deliver(json, sha256: sha, path: input.location, on: writer)
            }
            guard var record else { continue }  // interrupted, or another machine finished it first
            if record.failed { try writer.markFailed(sha, record: record) }
            record.output = nil
            try manifest.with { try $0.append(record) }
            done.update { $0.append(record) }
            progress.finished(record, bytes: 0)
        }
    }

    /// Writes the report and its rows and marks the file done, in one transaction.
    func deliver(_ json: String, sha256: String, path: String, on writer: FileQueue) throws -> String? {
        let data = try Data(contentsOf: URL(fileURLWithPath: json))
        // A report the warehouse cannot take fails the file (the caller records the reason).
        let rows = try DocumentRows.decode(data, from: path)
        let report = String(decoding: data, as: UTF8.self)
        var record = ManifestRecord(path: path, status: .converted, schemaVersion: options.schemaVersion)
        record.pages = rows.rows[WarehouseLayout.tables.firstIndex { $0.name == "pages" }!].count
        do {
            try writer.connection.transaction {
                guard try writer.markDone(sha256, report: report, record: record) else { throw BatchRunner.Declined() }
                _ = try PostgresWarehouse.write(rows, on: writer.connection)
            }
        } catch let error as PostgresError {
            // The database failed, not the file: stop this machine, leave the file to a lease.
            fatal.set(error)
            throw BatchRunner.Declined()
        }
        return nil
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }
}

/// A value the worker threads share, reached only under its lock.
///
/// Why `@unchecked Sendable` is sound: `value` is read and written only while `lock` is held.
final class Shared<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T

    init(_ value: T) { self.value = value }

    func get() -> T {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func set(_ newValue: T) { update { $0 = newValue } }

    func with<R>(_ body: (T) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(value)
    }

    func update(_ body: (inout T) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        body(&value)
    }
}

/// Calls `beat` every so many seconds on a thread of its own until stopped.
final class Heartbeat: Sendable {
    private let stopped = DispatchSemaphore(value: 0)

    init(every seconds: Double, _ beat: @escaping @Sendable () -> Void) {
        let stopped = self.stopped
        Thread.detachNewThread {
            while stopped.wait(timeout: .now() + seconds) == .timedOut { beat() }
        }
    }

    func stop() { stopped.signal() }
}
