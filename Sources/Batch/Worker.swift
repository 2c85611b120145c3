import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How to start one conversion: a separate process per PDF, so poppler never sees two documents
/// in one address space (its caches are not thread-safe, see POPPLER.md), and a PDF that crashes
/// or hangs it takes down only its own worker.
package struct Worker: Sendable {
    /// Normally this same `gongkai` executable.
    package var executable: URL
    /// The arguments that convert `input` into the JSON file `output`.
    package var arguments: @Sendable (_ input: String, _ output: String) -> [String]
    /// Added to the batch's own environment.
    package var environment: [String: String]
    /// Seconds a worker may go without reading a page (or, before its first, opening the file)
    /// before it is killed and its input recorded as `timeout`: a long scan that reads page after
    /// page goes on, a worker stuck on one page does not. Progress is each line it writes to
    /// standard error.
    package var timeout: Double

    package init(
        executable: URL, arguments: @escaping @Sendable (String, String) -> [String],
        environment: [String: String] = [:], timeout: Double
    ) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.timeout = timeout
    }

    /// `gongkai extract INPUT -o OUTPUT --progress OPTIONS…` with this executable. Crash backtraces are
    /// turned off: a crash is recorded by its signal, and symbolicating would cost seconds per
    /// crash. OCR runs on one thread per worker (OpenMP reads its limit only when loaded), as
    /// the batch already keeps every core busy with workers.
    package static func extract(executable: URL, timeout: Double, options: [String] = []) -> Worker {
        Worker(
            executable: executable, arguments: { ["extract", $0, "-o", $1, "--progress"] + options },
            environment: [
                "SWIFT_BACKTRACE": "enable=no", parentVariable: String(getpid()),
                "OMP_THREAD_LIMIT": "1",
            ],
            timeout: timeout)
    }

    /// Starts the line `extract --progress` writes to standard error after each page.
    package static let progressPrefix = "progress: "

    /// The last progress a worker's log records ("page 3 of 49"), if any.
    package static func lastProgress(inLog text: String) -> String? {
        text.split(whereSeparator: \.isNewline).last { $0.hasPrefix(progressPrefix) }
            .map { String($0.dropFirst(progressPrefix.count)) }
    }

    /// Names, in a worker's environment, the process id of the batch that started it.
    package static let parentVariable = "GONGKAI_BATCH_PARENT"

    /// The worker's half of the bargain, called first thing in the worker: if a batch started
    /// this process, end it as soon as that batch is gone. A batch killed by SIGKILL cannot stop
    /// its workers; they would be adopted by init and go on writing into the scratch folder that
    /// the next run is clearing. Polling the parent is cheap and works on every platform.
    package static func endWithBatch(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let text = environment[parentVariable], let batch = pid_t(text) else { return }
        Thread.detachNewThread {
            while getppid() == batch { usleep(100_000) }
            _exit(128 + SIGHUP)
        }
    }

    /// This process's executable: /proc/self/exe on Linux, else the main bundle's.
    package static func currentExecutable() -> URL? {
        #if os(Linux)
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
                return URL(fileURLWithPath: target)
            }
        #endif
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }

    /// Waits for the child to end; nil once `timeout` seconds pass without its log (`log`, its
    /// standard error) growing.
    func waitWhileProgressing(_ child: ChildProcess, log: Int32) -> ChildProcess.Termination? {
        func logSize() -> Int64 {
            var info = stat()
            return fstat(log, &info) == 0 ? Int64(info.st_size) : 0
        }
        var size = logSize()
        var quietSince = Date()
        while true {
            let left = timeout - Date().timeIntervalSince(quietSince)
            guard left > 0 else { return nil }
            if let ending = child.wait(seconds: min(left, 1)) { return ending }
            let now = logSize()
            if now > size {
                size = now
                quietSince = Date()
            }
        }
    }

    /// How a worker ended.
    package enum Outcome: Sendable, Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
        /// Killed because the batch was interrupted.
        case cancelled
        case launchFailed(String)
    }

    /// Runs one worker to its end, writing its standard error to `errorLog`. `running` tracks the
    /// child so an interrupt can kill it.
    func run(input: String, output: String, errorLog: String, running: RunningWorkers) -> Outcome {
        let log = open(errorLog, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard log >= 0 else { return .launchFailed("\(errorLog): cannot create the worker's log") }
        defer { close(log) }
        let child: ChildProcess
        do {
            child = try ChildProcess(
                executable: executable.path, arguments: arguments(input, output),
                environment: ProcessInfo.processInfo.environment.merging(environment) { $1 },
                errorDescriptor: log)
        } catch {
            return .launchFailed("\(error)")
        }
        guard running.insert(child.pid) else {
            // Interrupted while starting: the child must not outlive the batch.
            child.send(SIGKILL)
            _ = child.wait()
            return .cancelled
        }
        let ending = waitWhileProgressing(child, log: log)
        if ending == nil {
            // SIGKILL, not SIGTERM: a worker stuck inside poppler has nothing to clean up (its
            // output is written atomically, so there is no partial file).
            child.send(SIGKILL)
            _ = child.wait()
        }
        let cancelled = running.remove(child.pid)
        if cancelled { return .cancelled }
        switch ending {
        case nil: return .timedOut
        case .exited(let status): return .exited(status)
        case .signalled(let signal): return .signalled(signal)
        }
    }
}
