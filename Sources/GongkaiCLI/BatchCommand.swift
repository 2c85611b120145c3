import ArgumentParser
import Batch
import BatchQueue
import Foundation
import Gongkai
import PostgresWarehouse

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Convert many PDFs in parallel, resumably, with a manifest.",
        discussion: """
            INPUT is a PDF, a folder (searched recursively for *.pdf), or a list file (any other \
            file: one path per line, relative to the list's folder; # starts a comment). Each PDF \
            is converted by its own worker process (`gongkai extract`), at most --jobs at once; \
            its JSON goes to DIR, mirroring the input tree, and DIR/manifest.jsonl gets one record \
            per input (path, sha256, status, pages, tables, scorecards, diagnostics, seconds, \
            reason, error).

            Run it again with the same inputs to resume: a file whose JSON is complete and \
            current (same sha256 and schema version) is skipped, a file that failed before is \
            recorded failed again (--retry-failed converts it again). Files with the same content \
            are converted once. Killing the batch at any moment leaves no partial JSON and a \
            readable manifest.

            --shard K/N converts only part K (0 … N-1) of the inputs, drawn by a hash of each \
            file's path below the inputs' folder: for schedulers that start N copies (Slurm \
            arrays, Kubernetes indexed jobs), each with its own --out.

            --queue postgresql://… shares one batch among any number of machines that see the \
            same files: each enqueues what it finds (once per sha256 and schema version), claims \
            files under a lease (--lease seconds, renewed while it works), converts them with its \
            workers and writes the report (jsonb) and its warehouse rows in the transaction that \
            marks the file done. A machine that dies leaves its leases to expire and the others \
            take its files over; a failure is recorded with its reason and not retried \
            (--retry-failed tries again). DIR is then this machine's own: worker scratch space and \
            a manifest of what it did. `gongkai queue status` shows the progress.

            Exit codes:
              0\tevery input was converted (or already current)
              \(Self.someFailed)\tat least one input failed: see the manifest's "failed" records
              \(ExitStatus.outputFailed.rawValue)\tDIR or its manifest cannot be written, or another batch holds DIR
              \(ExitStatus.usage.rawValue)\tinvalid command-line usage
              130\tinterrupted (SIGINT); 143: terminated (SIGTERM); rerun to resume
            """
    )

    /// Some inputs failed (the others were converted).
    static let someFailed = ExitStatus.someInputsFailed.rawValue

    @Argument(help: ArgumentHelp("PDF files, folders or list files.", valueName: "input"))
    var inputs: [String]

    @Option(
        name: .customLong("out"), help: ArgumentHelp("Write the JSON files and manifest.jsonl here.", valueName: "dir"))
    var output: String

    @Option(name: .shortAndLong, help: "Worker processes at once (default: one per core).")
    var jobs: Int?

    @Option(
        help: """
            Seconds one file may go without reading a page before its worker is killed and the file \
            recorded as failed (a long scan goes on as long as its pages keep coming).
            """)
    var timeout: Double = 120

    @OptionGroup var ocr: OCRArguments

    @Flag(help: "Convert again the files an earlier run recorded as failed.")
    var retryFailed = false

    @Flag(name: .shortAndLong, help: "No progress and no per-file messages; the exit code and manifest tell.")
    var quiet = false

    @Option(help: ArgumentHelp("Convert only part K of N of the inputs (K from 0).", valueName: "K/N"))
    var shard: String?

    @Option(
        help: ArgumentHelp(
            "Share the batch with other machines through this PostgreSQL database.",
            valueName: "postgresql://…"))
    var queue: String?

    @Option(help: "With --queue: seconds a claimed file stays this machine's without a renewal.")
    var lease: Double = 60

    @Option(help: .hidden)
    var machine: String?

    @Option(help: .hidden)
    var worker: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
        if inputs.isEmpty { throw ValidationError("name at least one input") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard takes K/N with 0 ≤ K < N, e.g. 0/4") }
        if let queue, !ConnectionString.isPostgres(queue) {
            throw ValidationError("--queue takes a postgresql:// URL")
        }
        if !(lease >= 2) { throw ValidationError("--lease must be at least 2 seconds") }
        try ocr.checkForBatch()
    }

    func run() throws {
        guard let executable = worker.map({ URL(fileURLWithPath: $0) }) ?? Worker.currentExecutable() else {
            throw fail("cannot find the gongkai executable to run workers", .internalError)
        }
        let options = BatchOptions(
            inputs: inputs, outputDirectory: output,
            jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            worker: .extract(executable: executable, timeout: timeout, options: ocr.arguments),
            schemaVersion: ReportSchema.version, retryFailed: retryFailed, shard: shard.flatMap(Shard.init),
            describeExit: { code in
                ExitStatus(rawValue: code).map { (Self.snakeCase(String(describing: $0)), $0.meaning) }
            })
        let progress = ProgressReporter(style: ProgressReporter.automatic(quiet: quiet))
        if let queue { return try runShared(options, queue: ConnectionString(queue), progress: progress) }
        let runner = BatchRunner(options: options, progress: progress)
        let interrupts = Interrupts(cancelling: runner)
        let summary: BatchSummary
        do {
            summary = try runner.run()
        } catch let error as InputDiscovery.ListError {
            throw fail(error.description, .usage)
        } catch {
            throw fail(error.localizedDescription, .outputFailed)
        }
        if summary.interrupted, let signal = interrupts.received {
            throw ExitCode(128 + signal)
        }
        if summary.failed > 0 { throw ExitCode(Self.someFailed) }
    }

    /// This machine's part of a batch shared through `queue`.
    func runShared(_ options: BatchOptions, queue: ConnectionString, progress: ProgressReporter) throws {
        let runner = QueueRunner(options: options, queue: queue, machine: machine, lease: lease, progress: progress)
        let interrupts = Interrupts(cancelling: runner.batch)
        let outcome: QueueRunner.Outcome
        do {
            outcome = try runner.run()
        } catch let error as InputDiscovery.ListError {
            throw fail(error.description, .usage)
        } catch let error as PostgresError {
            throw fail("\(queue): \(error)", .outputFailed)
        } catch {
            throw fail("\(error)", .outputFailed)
        }
        if outcome.summary.interrupted, let signal = interrupts.received { throw ExitCode(128 + signal) }
        if outcome.summary.failed > 0 || outcome.failedInQueue > 0 { throw ExitCode(Self.someFailed) }
    }

    func fail(_ message: String, _ status: ExitStatus) -> ExitCode {
        FileHandle.standardError.write(Data("gongkai: \(message)\n".utf8))
        return status.exitCode
    }

    /// `passwordRequired` → `password_required`, `notPDF` → `not_pdf`.
    static func snakeCase(_ name: String) -> String {
        var out = ""
        var previous: Character?
        for character in name {
            if character.isUppercase, previous?.isLowercase == true { out += "_" }
            out += character.lowercased()
            previous = character
        }
        return out
    }
}
