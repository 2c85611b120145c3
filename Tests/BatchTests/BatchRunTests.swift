import Foundation
import Testing

/// Whole batches through the built executable, on the repository's samples.
@Suite("gongkai batch end to end", .serialized)
struct BatchRunTests {
    /// What each sample must become: samples/MANIFEST.tsv gives no page count ("-") for files
    /// that are not readable PDFs, 0 for one without pages; encrypted.pdf needs its password.
    static func expected() throws -> [String: (status: String, reason: String?)] {
        let known: [String: String] = [
            "encrypted.pdf": "password_required", "damaged.pdf": "damaged",
            "not-a-pdf.pdf": "not_pdf", "zero-pages.pdf": "no_pages",
        ]
        let text = try String(contentsOf: Gongkai.samples.appendingPathComponent("MANIFEST.tsv"), encoding: .utf8)
        var expected: [String: (status: String, reason: String?)] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { continue }
            let readable = Int(fields[2]).map { $0 > 0 } ?? false
            expected[fields[0]] =
                readable && fields[0] != "encrypted.pdf" ? ("converted", nil) : ("failed", known[fields[0]])
        }
        return expected
    }

    @Test func samplesAreConvertedOrRecordedAsFailed() throws {
        let scratch = try Scratch()
        let status = try Gongkai.run(
            ["batch", "samples", "--out", scratch.path("out"), "--quiet"], in: Gongkai.root.path)
        #expect(status == 2, "some samples are bad: the exit status must say so")
        let folder = BatchFolder(path: scratch.path("out"))
        let records = try folder.manifest()
        let expected = try Self.expected()
        #expect(expected.count >= 10)
        #expect(Set(records.keys) == Set(expected.keys.map { "samples/" + $0 }))
        for (name, want) in expected {
            let record = try #require(records["samples/" + name])
            #expect(record["status"] as? String == want.status, "\(name)")
            if let reason = want.reason {
                #expect(record["reason"] as? String == reason, "\(name)")
            }
            if want.status == "converted" {
                let output = try #require(record["output"] as? String)
                let json = try JSONSerialization.jsonObject(with: folder.data(output)) as? [String: Any]
                let source = json?["source"] as? [String: Any]
                #expect(source?["sha256"] as? String == record["sha256"] as? String)
                #expect(record["pages"] as? Int == (json?["pages"] as? [Any])?.count)
            } else {
                #expect(record["error"] as? String != nil)
            }
        }
        #expect(folder.jsonFiles().count == expected.values.filter { $0.status == "converted" }.count)
        #expect(!folder.files().contains { $0.hasPrefix(".gongkai-batch/") }, "the scratch folder must be gone")
    }

    @Test func rerunSkipsWhatIsCurrent() throws {
        let scratch = try Scratch()
        let out = scratch.path("out")
        try Gongkai.run(["batch", "samples", "--out", out, "--quiet"], in: Gongkai.root.path)
        let folder = BatchFolder(path: out)
        let first = try folder.jsonFiles().map { try folder.data($0) }
        let status = try Gongkai.run(["batch", "samples", "--out", out, "--quiet"], in: Gongkai.root.path)
        #expect(status == 2)
        let statuses = try folder.statuses()
        for (name, want) in try Self.expected() {
            #expect(statuses["samples/" + name] == (want.status == "converted" ? "skipped" : "failed"), "\(name)")
        }
        #expect(try folder.jsonFiles().map { try folder.data($0) } == first)
    }

    @Test func sameContentUnderTwoNamesIsConvertedOnce() throws {
        let scratch = try Scratch()
        let pdf = try Data(contentsOf: Gongkai.samples.appendingPathComponent("ruled-table.pdf"))
        try scratch.write("in/a.pdf", pdf)
        try scratch.write("in/copies/b.pdf", pdf)
        let status = try Gongkai.run(["batch", "in", "--out", "out", "--quiet"], in: scratch.root)
        #expect(status == 0)
        let folder = BatchFolder(path: scratch.path("out"))
        let records = try folder.manifest()
        #expect(records["in/a.pdf"]?["status"] as? String == "converted")
        #expect(records["in/copies/b.pdf"]?["status"] as? String == "duplicate")
        #expect(records["in/copies/b.pdf"]?["duplicate_of"] as? String == "in/a.pdf")
        #expect(records["in/copies/b.pdf"]?["output"] as? String == "a.json")
        #expect(folder.jsonFiles() == ["a.json"])
    }

    /// A worker that hangs is killed at the time limit, one that crashes is recorded by its
    /// signal; neither affects the others. The worker is a script standing in for gongkai.
    @Test func hangAndCrashBecomeErrorRecords() throws {
        let scratch = try Scratch()
        let gongkai = try Gongkai.required().path
        try scratch.write(
            "worker.sh",
            """
            #!/bin/sh
            case "$2" in
              *hang*) exec sleep 60 ;;
              *crash*) kill -SEGV $$ ;;
            esac
            exec "\(gongkai)" "$@"
            """)
        chmod(scratch.path("worker.sh"), 0o755)
        for name in ["hang.pdf", "crash.pdf", "fine.pdf"] {
            var data = try Data(contentsOf: Gongkai.samples.appendingPathComponent("blank.pdf"))
            data.append(Data("% \(name)\n".utf8))
            try scratch.write("in/" + name, data)
        }
        let started = Date()
        let status = try Gongkai.run(
            [
                "batch", "in", "--out", "out", "--quiet", "--timeout", "3",
                "--worker", scratch.path("worker.sh"),
            ], in: scratch.root)
        #expect(Date().timeIntervalSince(started) < 30, "the hung worker must be killed at the time limit")
        #expect(status == 2)
        let records = try BatchFolder(path: scratch.path("out")).manifest()
        #expect(records["in/hang.pdf"]?["reason"] as? String == "timeout")
        #expect(records["in/crash.pdf"]?["reason"] as? String == "crashed")
        #expect((records["in/crash.pdf"]?["error"] as? String)?.contains("SIGSEGV") == true)
        #expect(records["in/fine.pdf"]?["status"] as? String == "converted")
    }

    /// The time limit runs from the last page a worker read: a slow file whose pages keep coming
    /// is converted; one that stops is killed, its record saying how far it got.
    @Test func aWorkerStillReadingPagesIsNotKilled() throws {
        let scratch = try Scratch()
        let gongkai = try Gongkai.required().path
        try scratch.write(
            "worker.sh",
            """
            #!/bin/sh
            for page in 1 2 3 4 5; do
              echo "progress: page $page of 9" >&2
              sleep 1
            done
            case "$2" in
              *stuck*) exec sleep 60 ;;
            esac
            exec "\(gongkai)" "$@"
            """)
        chmod(scratch.path("worker.sh"), 0o755)
        for name in ["slow.pdf", "stuck.pdf"] {
            var data = try Data(contentsOf: Gongkai.samples.appendingPathComponent("blank.pdf"))
            data.append(Data("% \(name)\n".utf8))
            try scratch.write("in/" + name, data)
        }
        let status = try Gongkai.run(
            [
                "batch", "in", "--out", "out", "--quiet", "--timeout", "3", "--jobs", "2",
                "--worker", scratch.path("worker.sh"),
            ], in: scratch.root)
        #expect(status == 2)
        let records = try BatchFolder(path: scratch.path("out")).manifest()
        #expect(records["in/slow.pdf"]?["status"] as? String == "converted")
        #expect(records["in/stuck.pdf"]?["reason"] as? String == "timeout")
        #expect(
            records["in/stuck.pdf"]?["error"] as? String
                == "no page read for 3 s (after page 5 of 9); the worker was killed")
    }

    @Test func listFileAndMissingInput() throws {
        let scratch = try Scratch()
        try scratch.write("in/a.pdf", try Data(contentsOf: Gongkai.samples.appendingPathComponent("blank.pdf")))
        try scratch.write("in/list.txt", "a.pdf\ngone.pdf\n")
        let status = try Gongkai.run(["batch", "in/list.txt", "--out", "out", "--quiet"], in: scratch.root)
        #expect(status == 2)
        let records = try BatchFolder(path: scratch.path("out")).manifest()
        #expect(records["in/a.pdf"]?["status"] as? String == "converted")
        #expect(records["in/gone.pdf"]?["reason"] as? String == "file_not_found")
    }

    @Test func badUsageIsRefused() throws {
        let scratch = try Scratch()
        #expect(
            try Gongkai.run(["batch", "samples", "--out", scratch.path("o"), "--jobs", "0"], in: Gongkai.root.path)
                == 64)
        #expect(try Gongkai.run(["batch", "samples"], in: Gongkai.root.path) == 64)
    }
}
