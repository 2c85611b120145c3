import Digest
import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Converts many PDFs into one folder: the stages of a run, in order.
///
/// 1. Lock the output folder; clear the scratch folder a killed run may have left.
/// 2. Read the old manifest (skipping a torn last line) and rewrite it compacted.
/// 3. Discover the inputs; hash each and read the output already in place, if any (in parallel).
/// 4. Plan (`BatchPlanner`): convert, skip, duplicate, repeat a failure, or fail.
/// 5. Run at most `jobs` workers at once, largest file first; as each ends, publish its JSON
///    (fsync, rename) and only then append its record to the manifest, so a record never names
///    a missing output.
/// 6. Rewrite the manifest with exactly this run's records, in input order.
///
/// `cancel` (from SIGINT or SIGTERM) kills the workers and ends the run after step 5; a SIGKILL
/// ends it anywhere, and the next run finds every published output complete and current.
package final class BatchRunner: Sendable {
    package let options: BatchOptions
    package let progress: ProgressReporter
    private let running = RunningWorkers()

    package init(options: BatchOptions, progress: ProgressReporter) {
        self.options = options
        self.progress = progress
    }

    /// Stops the run: workers are killed, their inputs left for the next run.
    package func cancel() {
        running.cancel()
    }

    package func run() throws -> BatchSummary {
        let started = Date()
        let fm = FileManager.default
        let folder = absolute(options.outputDirectory, from: fm.currentDirectoryPath)
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let lock = try FolderLock(folder + "/" + OutputLayout.lock)
        defer { withExtendedLifetime(lock) {} }
        let scratchRoot = folder + "/" + OutputLayout.scratch
        Self.clear(scratchRoot)
        // A fresh name per run: a worker orphaned by a killed run cannot write into it.
        let scratch = scratchRoot + "/\(getpid())-\(UUID().uuidString.prefix(8))"
        try fm.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { Self.clear(scratchRoot) }

        let manifestPath = folder + "/" + OutputLayout.manifest
        let previous = try Manifest.read(manifestPath)
        if previous.ignoredLines > 0 {
            progress.note(
                "\(OutputLayout.manifest): ignored \(previous.ignoredLines) unreadable line(s) left by an interrupted run"
            )
        }
        let manifest = try Manifest(path: manifestPath, startingWith: previous.records)

        let inputs = try InputDiscovery().discover(options.inputs).filter { options.shard?.contains($0) ?? true }
        let candidates = survey(inputs, in: folder)
        let actions = BatchPlanner(schemaVersion: options.schemaVersion, retryFailed: options.retryFailed)
            .plan(candidates, previous: previous.records)
        // Largest first: the last files to finish are then small ones, so no worker idles long
        // while another converts a big file at the end.
        let sizes = candidates.map { fileSize($0.input.location) }
        let toConvert = actions.indices.filter { actions[$0] == .convert }
            .sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        progress.begin(total: inputs.count, converting: toConvert.count, bytes: toConvert.reduce(0) { $0 + sizes[$1] })

        let ledger = Ledger(
            candidates: candidates, actions: actions, manifest: manifest, progress: progress,
            schemaVersion: options.schemaVersion)
        for index in actions.indices {
            switch actions[index] {
            case .convert, .duplicate: continue
            case .skip(let summary): ledger.record(index, ledger.skipped(index, summary))
            case .repeatFailure(let old): ledger.record(index, ledger.repeated(index, old), earlier: true)
            case .fail(let problem): ledger.record(index, ledger.unreadable(index, problem))
            }
        }

        let queue = Locked(toConvert[...])
        let group = DispatchGroup()
        for _ in 0..<min(options.jobs, toConvert.count) {
            DispatchQueue.global().async(group: group) {
                while !self.running.isCancelled, !ledger.hasFailedFatally,
                    let index = queue.withLock({ $0.popFirst() })
                {
                    if let record = self.convert(candidates[index], in: folder, scratch: scratch) {
                        ledger.record(index, record, bytes: sizes[index])
                    }
                }
            }
        }
        while group.wait(timeout: .now() + progress.tickInterval) == .timedOut {
            progress.tick()
        }
        if let fatal = ledger.fatalError { throw fatal }

        let records = ledger.records()
        let interrupted = records.count < inputs.count
        // Complete: exactly this run's records. Interrupted: the old ones too, so nothing the
        // next run could reuse is forgotten.
        try Manifest.rewrite(manifestPath, with: interrupted ? try Manifest.read(manifestPath).records : records)
        let summary = BatchSummary(
            records: records, interrupted: interrupted,
            ignoredManifestLines: previous.ignoredLines,
            seconds: Date().timeIntervalSince(started))
        progress.end(summary, manifest: manifestPath)
        return summary
    }

    /// Hashes every input and reads the output already in its place, on every core.
    package func survey(_ inputs: [BatchInput], in folder: String) -> [BatchPlanner.Candidate] {
        let found = Locked([BatchPlanner.Candidate?](repeating: nil, count: inputs.count))
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            let input = inputs[index]
            var candidate = BatchPlanner.Candidate(input: input, sha256: nil)
            if !input.exists {
                candidate.problem = .init(reason: "file_not_found", message: "the input file does not exist")
            } else {
                do {
                    candidate.sha256 = try ContentDigest.sha256(ofFileAt: input.location)
                    // A missing or unparsable output is simply not current.
                    candidate.existing = try? OutputSummary.read(folder + "/" + input.output)
                } catch {
                    candidate.problem = .init(
                        reason: "unreadable", message: "the input cannot be read (\(error.localizedDescription))")
                }
            }
            found.withLock { $0[index] = candidate }
        }
        return found.withLock { $0.map { $0! } }
    }

    /// Runs one worker and publishes its output; nil when the run was interrupted meanwhile.
    func convert(_ candidate: BatchPlanner.Candidate, in folder: String, scratch: String) -> ManifestRecord? {
        convert(candidate.input, sha256: candidate.sha256, scratch: scratch) { temporary, _ in
            try Durable.publish(temporary, as: folder + "/" + candidate.input.output)
            return candidate.input.output
        }
    }

    /// The result was not wanted after all (another machine finished the same file first): the
    /// conversion is recorded nowhere.
    package struct Declined: Error {
        package init() {}
    }

    /// True once `cancel` was called.
    package var isCancelled: Bool { running.isCancelled }

    /// Runs one worker on `input` in `scratch`; when it succeeds, hands its JSON (a file that is
    /// removed afterwards) and summary to `deliver`, which returns the output to record. nil when
    /// the run was interrupted meanwhile, or `deliver` threw `Declined`.
    package func convert(
        _ input: BatchInput, sha256: String?, scratch: String,
        deliver: (_ json: String, OutputSummary) throws -> String?
    ) -> ManifestRecord? {
        let name = UUID().uuidString
        let temporary = scratch + "/\(name).json", log = scratch + "/\(name).log"
        defer {
            try? FileManager.default.removeItem(atPath: temporary)
            try? FileManager.default.removeItem(atPath: log)
        }
        let started = Date()
        var outcome = options.worker.run(input: input.location, output: temporary, errorLog: log, running: running)
        let seconds = Date().timeIntervalSince(started)
        if case .signalled(let signal) = outcome, [SIGINT, SIGTERM, SIGHUP].contains(signal) {
            // ^C at a terminal reaches the workers too, possibly before the batch's own handler
            // has run: give it a moment, so an interrupt is not recorded as a crash.
            for _ in 0..<20 where !running.isCancelled { usleep(50_000) }
            if running.isCancelled { outcome = .cancelled }
        }
        var record = ManifestRecord(
            path: input.path, sha256: sha256, status: .failed, seconds: seconds,
            schemaVersion: options.schemaVersion)
        func fail(_ reason: String, _ message: String, exitCode: Int32? = nil) -> ManifestRecord {
            record.reason = reason
            record.error = message
            record.exitCode = exitCode
            return record
        }
        switch outcome {
        case .cancelled:
            return nil
        case .launchFailed(let message):
            return fail("launch_failed", message)
        case .timedOut:
            let text = fileSize(log) > 0 ? (try? String(contentsOfFile: log, encoding: .utf8)) : nil
            let reached = text.flatMap(Worker.lastProgress).map { "after page \($0.dropFirst("page ".count))" }
            return fail(
                "timeout",
                "no page read for \(Self.format(options.worker.timeout)) s (\(reached ?? "before the first page")); "
                    + "the worker was killed")
        case .signalled(let signal):
            let said = workerMessage(log, input: input.location).map { ": \($0)" } ?? ""
            return fail("crashed", "the worker was killed by signal \(signal) (\(signalName(signal)))\(said)")
        case .exited(let status) where status != 0:
            let known = options.describeExit(status)
            return fail(
                known?.reason ?? "exit_\(status)",
                workerMessage(log, input: input.location) ?? known?.meaning
                    ?? "the worker exited with status \(status)",
                exitCode: status)
        case .exited:
            record.exitCode = 0
            let summary: OutputSummary
            do {
                summary = try OutputSummary.read(temporary)
            } catch {
                return fail(
                    "bad_output", "the worker succeeded but its JSON does not read back (\(error))", exitCode: 0)
            }
            guard summary.sha256 == sha256 else {
                return fail("changed", "the file changed while it was converted; run the batch again", exitCode: 0)
            }
            do {
                record.output = try deliver(temporary, summary)
            } catch is Declined {
                return nil
            } catch {
                return fail("output_failed", "\(error)", exitCode: 0)
            }
            record.status = .converted
            record.take(summary)
            return record
        }
    }

    /// The cause the worker printed (`gongkai: FILE: cause`), without the prefix and file.
    func workerMessage(_ log: String, input: String) -> String? {
        // Most logs are empty; and reading an empty file, Foundation on Linux keeps a 4 KiB buffer
        // each time (measured), which over thousands of files is memory that grows.
        guard fileSize(log) > 0, let text = try? String(contentsOfFile: log, encoding: .utf8) else { return nil }
        guard let line = text.split(whereSeparator: \.isNewline).last(where: { $0.hasPrefix("gongkai: ") }) else {
            return nil
        }
        var message = String(line.dropFirst("gongkai: ".count))
        if message.hasPrefix(input + ": ") { message.removeFirst(input.count + 2) }
        return message
    }

    /// Removes the scratch folder, best effort. Workers of a run killed a moment ago may still be
    /// creating files in it until they notice (`Worker.endWithBatch`, within 0.1 s), and a file
    /// created during the removal makes it fail; a leftover folder costs nothing but disk space.
    package static func clear(_ folder: String) {
        let fm = FileManager.default
        for _ in 0..<20 where fm.fileExists(atPath: folder) {
            if (try? fm.removeItem(atPath: folder)) != nil { return }
            usleep(50_000)
        }
    }

    func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

func signalName(_ signal: Int32) -> String {
    switch signal {
    case SIGSEGV: "SIGSEGV"
    case SIGBUS: "SIGBUS"
    case SIGABRT: "SIGABRT"
    case SIGILL: "SIGILL"
    case SIGFPE: "SIGFPE"
    case SIGKILL: "SIGKILL"
    case SIGTERM: "SIGTERM"
    case SIGINT: "SIGINT"
    case SIGHUP: "SIGHUP"
    case SIGTRAP: "SIGTRAP"
    default: "signal \(signal)"
    }
}
