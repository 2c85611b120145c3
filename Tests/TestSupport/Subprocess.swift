import Foundation

/// Runs a program to completion and collects what it wrote. Output goes through temporary files,
/// so a large output cannot fill a pipe and stall the child.
public struct Subprocess {
    public struct Result {
        public var status: Int32
        /// False when the child was killed by a signal (`status` is then the signal).
        public var exited: Bool
        public var stdout: Data
        public var stderr: Data

        public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
        public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
    }

    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL? = nil,
        stdin: URL? = nil, environment: [String: String] = [:]
    ) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongkai-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = try stdin.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            status: process.terminationStatus, exited: process.terminationReason == .exit,
            stdout: try Data(contentsOf: outURL), stderr: try Data(contentsOf: errURL))
    }
}
