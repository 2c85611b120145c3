import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `manifest.jsonl`: one record per input, appended as each finishes.
///
/// Crash safety: every record goes out as one `write` of the whole line followed by `fsync`, so a
/// crash (even SIGKILL or power loss) leaves at most a torn last line. `parse` skips lines that do
/// not decode, and every run starts by rewriting the file compacted (atomically: temporary file,
/// fsync, rename), so a torn line never has a record glued after it.
package final class Manifest {
    package let path: String
    private let fd: Int32

    /// Records that appear more than once by path keep their last occurrence.
    package struct Contents: Sendable, Equatable {
        package var records: [ManifestRecord]
        /// Lines that did not decode (a torn last line after a crash).
        package var ignoredLines: Int
    }

    /// Opens the manifest at `path` for appending, after rewriting it with `records`.
    package init(path: String, startingWith records: [ManifestRecord]) throws {
        self.path = path
        try Manifest.rewrite(path, with: records)
        fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw Durable.Failure(operation: "open", path: path, code: errno) }
    }

    deinit {
        close(fd)
    }

    /// Appends one record durably.
    package func append(_ record: ManifestRecord) throws {
        try Durable.append(try record.line(), to: fd, path: path)
    }

    /// Reads the manifest at `path`; a missing file is an empty manifest.
    package static func read(_ path: String) throws -> Contents {
        guard FileManager.default.fileExists(atPath: path) else { return Contents(records: [], ignoredLines: 0) }
        return parse(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The records in `data`, last one per path winning, in order of first appearance; lines that
    /// do not decode are counted and skipped.
    package static func parse(_ data: Data) -> Contents {
        let decoder = JSONDecoder()
        var order: [String] = []
        var latest: [String: ManifestRecord] = [:]
        var ignored = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
            guard let record = try? decoder.decode(ManifestRecord.self, from: Data(line)) else {
                ignored += 1
                continue
            }
            if latest.updateValue(record, forKey: record.path) == nil { order.append(record.path) }
        }
        return Contents(records: order.compactMap { latest[$0] }, ignoredLines: ignored)
    }

    /// Replaces the file at `path` with `records`, atomically and durably.
    package static func rewrite(_ path: String, with records: [ManifestRecord]) throws {
        var data = Data()
        for record in records { data.append(try record.line()) }
        try Durable.replace(path, with: data)
    }
}
