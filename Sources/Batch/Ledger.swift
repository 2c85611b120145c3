import Foundation

/// The run's records: each finished input is appended to the manifest, reported, and — when
/// other inputs have the same content — recorded for those too.
///
/// Why `@unchecked Sendable` is sound: worker threads call `record` concurrently; every stored
/// property that changes (`done`, `fatal`) and the manifest's descriptor are touched only while
/// `lock` is held; the rest are immutable `let`s of `Sendable` types.
final class Ledger: @unchecked Sendable {
    private let lock = NSLock()
    private let candidates: [BatchPlanner.Candidate]
    private let manifest: Manifest
    private let progress: ProgressReporter
    private let schemaVersion: String
    /// Duplicates waiting for the input whose content they share.
    private let duplicates: [Int: [Int]]
    private var done: [Int: ManifestRecord] = [:]
    private var fatal: (any Error)?

    init(
        candidates: [BatchPlanner.Candidate], actions: [BatchPlanner.Action], manifest: Manifest,
        progress: ProgressReporter, schemaVersion: String
    ) {
        self.candidates = candidates
        self.manifest = manifest
        self.progress = progress
        self.schemaVersion = schemaVersion
        var duplicates: [Int: [Int]] = [:]
        for (index, action) in actions.enumerated() {
            if case .duplicate(let original) = action { duplicates[original, default: []].append(index) }
        }
        self.duplicates = duplicates
    }

    /// Appends `record` for input `index` (and its duplicates) to the manifest. `bytes` is the
    /// size of a converted input, for the progress estimate.
    /// `earlier` marks a failure carried over from an earlier run.
    func record(_ index: Int, _ record: ManifestRecord, bytes: Int = 0, earlier: Bool = false) {
        lock.lock()
        defer { lock.unlock() }
        guard fatal == nil else { return }
        do {
            try manifest.append(record)
            done[index] = record
            progress.finished(record, bytes: bytes, earlier: earlier)
            for other in duplicates[index] ?? [] {
                let copy = duplicate(other, of: record)
                try manifest.append(copy)
                done[other] = copy
                progress.finished(copy, bytes: 0, earlier: earlier)
            }
        } catch {
            fatal = error
        }
    }

    /// An error that stops the run: the manifest cannot be written.
    var fatalError: (any Error)? {
        lock.lock()
        defer { lock.unlock() }
        return fatal
    }

    var hasFailedFatally: Bool { fatalError != nil }

    /// The records so far, in input order.
    func records() -> [ManifestRecord] {
        lock.lock()
        defer { lock.unlock() }
        return done.keys.sorted().map { done[$0]! }
    }

    func skipped(_ index: Int, _ summary: OutputSummary) -> ManifestRecord {
        var record = base(index, .skipped)
        record.output = candidates[index].input.output
        record.take(summary)
        return record
    }

    /// The failure an earlier run recorded for the same content, carried over under this path.
    func repeated(_ index: Int, _ old: ManifestRecord) -> ManifestRecord {
        var record = base(index, .failed)
        record.reason = old.reason
        record.error = old.error
        record.exitCode = old.exitCode
        record.seconds = old.seconds
        return record
    }

    func unreadable(_ index: Int, _ problem: BatchPlanner.Problem) -> ManifestRecord {
        var record = base(index, .failed)
        record.reason = problem.reason
        record.error = problem.message
        return record
    }

    /// Input `index` has the content of the input recorded as `original`: it shares its output,
    /// or its failure.
    func duplicate(_ index: Int, of original: ManifestRecord) -> ManifestRecord {
        var record = original
        record.path = candidates[index].input.path
        record.status = original.failed ? .failed : .duplicate
        record.duplicateOf = original.path
        record.seconds = 0
        return record
    }

    private func base(_ index: Int, _ status: ManifestRecord.Status) -> ManifestRecord {
        ManifestRecord(
            path: candidates[index].input.path, sha256: candidates[index].sha256, status: status,
            schemaVersion: schemaVersion)
    }
}
