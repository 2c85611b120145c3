import TestSupport
import Foundation
import Testing

/// The built `gongkai` executable, run from the package root so sample paths are relative, as a
/// user would type them.
enum Gongkai {
    static let executable: URL? = BuiltExecutable.gongkai

    /// - environment: variables set on top of this process's own.
    static func run(_ arguments: [String], stdin: URL? = nil, environment: [String: String] = [:]) throws
        -> Subprocess.Result
    {
        let executable = try #require(executable, "gongkai is not built; run `swift build` first")
        // No crash report on standard error: a crash should fail a test, not flood its log.
        return try Subprocess.run(
            executable, arguments, in: Samples.root, stdin: stdin,
            environment: environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { mine, _ in mine })
    }

    /// A fresh empty folder, removed by the caller.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func jsonObject(_ data: Data) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
