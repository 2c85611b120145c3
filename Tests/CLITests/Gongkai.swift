import TestSupport
import Foundation
import Testing

/// The built `gongkai` executable, run from the package root so sample paths are relative, as a
/// user would type them.
enum Gongkai {
    /// Where the executable is: beside the test binary (both are build products), else the newest
    /// .build*/debug/gongkai in the package.
    static let executable: URL? = besideTestBinary() ?? newestBuilt()

    static func run(_ arguments: [String], stdin: URL? = nil) throws -> Subprocess.Result {
        let executable = try #require(executable, "gongkai is not built; run `swift build` first")
        // No crash report on standard error: a crash should fail a test, not flood its log.
        return try Subprocess.run(executable, arguments, in: Samples.root, stdin: stdin,
                                  environment: ["SWIFT_BACKTRACE": "enable=no"])
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

    private static func besideTestBinary() -> URL? {
        let binaries = [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap { $0 }
        for binary in binaries {
            // Linux: debug/X.xctest is the binary; macOS: debug/X.xctest/Contents/MacOS/X.
            var folder = binary.resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("gongkai")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
        }
        return nil
    }

    private static func newestBuilt() -> URL? {
        let fm = FileManager.default
        let folders = (try? fm.contentsOfDirectory(atPath: Samples.root.path))?.filter { $0.hasPrefix(".build") } ?? []
        return folders
            .map { Samples.root.appendingPathComponent($0).appendingPathComponent("debug/gongkai") }
            .filter { fm.isExecutableFile(atPath: $0.path) }
            .max { modified($0) < modified($1) }
    }

    private static func modified(_ url: URL) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
    }
}
