import Foundation
import Testing
@testable import Batch

@Suite("Manifest: durable appends and recovery from a torn last line")
struct ManifestTests {
    func record(_ path: String, _ status: ManifestRecord.Status = .converted) -> ManifestRecord {
        ManifestRecord(
            path: path, output: "x.json", sha256: String(repeating: "a", count: 64), status: status,
            pages: 2, tables: 1, scorecards: 0, diagnostics: 0, seconds: 0.5, schemaVersion: "1.0.0")
    }

    @Test func recordIsOneLineWithEveryKey() throws {
        let line = String(decoding: try record("a.pdf").line(), as: UTF8.self)
        #expect(line.hasSuffix("}\n"))
        #expect(line.dropLast().contains("\n") == false)
        for key in [
            "path", "sha256", "status", "pages", "tables", "scorecards", "diagnostics", "seconds", "error", "reason",
        ] {
            #expect(line.contains("\"\(key)\":"), "missing \(key)")
        }
    }

    @Test func tornLastLineIsIgnored() throws {
        var data = try record("a.pdf").line() + record("b.pdf").line()
        let torn = try record("c.pdf").line()
        data.append(torn.prefix(torn.count / 2))
        let contents = Manifest.parse(data)
        #expect(contents.records.map(\.path) == ["a.pdf", "b.pdf"])
        #expect(contents.ignoredLines == 1)
    }

    @Test func lastRecordOfAPathWins() throws {
        let data = try record("a.pdf", .failed).line() + record("b.pdf").line() + record("a.pdf").line()
        let contents = Manifest.parse(data)
        #expect(contents.records.map(\.path) == ["a.pdf", "b.pdf"])
        #expect(contents.records[0].status == .converted)
    }

    @Test func reopeningCompactsSoAppendsNeverFollowATornLine() throws {
        let folder = try Scratch()
        let path = folder.path("manifest.jsonl")
        var data = try record("a.pdf").line()
        data.append(try record("b.pdf").line().prefix(20))
        try data.write(to: URL(fileURLWithPath: path))

        let before = try Manifest.read(path)
        #expect(before.ignoredLines == 1)
        let manifest = try Manifest(path: path, startingWith: before.records)
        try manifest.append(record("c.pdf"))

        let after = try Manifest.read(path)
        #expect(after.ignoredLines == 0)
        #expect(after.records.map(\.path) == ["a.pdf", "c.pdf"])
    }

    @Test func missingManifestIsEmpty() throws {
        let folder = try Scratch()
        #expect(try Manifest.read(folder.path("none.jsonl")) == .init(records: [], ignoredLines: 0))
    }

    @Test func recordsRoundTrip() throws {
        var failed = record("bad.pdf", .failed)
        failed.reason = "timeout"
        failed.error = "no result after 120 s"
        failed.duplicateOf = "other.pdf"
        #expect(Manifest.parse(try failed.line()).records == [failed])
    }
}
