import TestSupport
import Foundation
import Testing

/// Expected output kept in Tests/ReportTests/Goldens. With GONGKAI_RECORD_GOLDENS=1 a comparison
/// rewrites the golden instead and fails, so a recording run can never pass unnoticed.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Goldens")

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["GONGKAI_RECORD_GOLDENS"] == "1"
    }

    static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// Compares `actual` byte for byte with the golden `name`, recording an issue with a unified
    /// diff when they differ (or rewriting the golden in record mode).
    static func check(_ actual: Data, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let golden = url(name)
        if isRecording {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: golden, options: .atomic)
            Issue.record(
                "Recorded Goldens/\(name). Recording always fails: unset GONGKAI_RECORD_GOLDENS and run again.",
                sourceLocation: sourceLocation)
            return
        }
        guard let expected = FileManager.default.contents(atPath: golden.path) else {
            Issue.record(
                "Goldens/\(name) is missing; record it with GONGKAI_RECORD_GOLDENS=1 (scripts/record-goldens).",
                sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let difference = try diff(golden, actual, label: name)
            Issue.record(
                """
                Output differs from Goldens/\(name) (re-record with scripts/record-goldens if the change is intended):
                \(difference)
                """, sourceLocation: sourceLocation)
        }
    }

    /// `diff -u` of the golden and the actual bytes, at most `maxLines` lines of it.
    static func diff(_ golden: URL, _ actual: Data, label: String, maxLines: Int = 200) throws -> String {
        let actualURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("actual-\(UUID().uuidString)-\(label)")
        try actual.write(to: actualURL)
        defer { try? FileManager.default.removeItem(at: actualURL) }
        let result = try Subprocess.run(
            URL(fileURLWithPath: "/usr/bin/diff"),
            [
                "-u", "--label", "Goldens/\(label)", "--label", "actual",
                golden.path, actualURL.path,
            ])
        let lines = result.stdoutText.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > maxLines else { return result.stdoutText }
        return lines.prefix(maxLines).joined(separator: "\n") + "\n… (\(lines.count - maxLines) more lines)"
    }
}
