import TestSupport
import Foundation
import Testing

@Suite("gongkai extract")
struct ExtractCommandTests {
    @Test("Writes the report to standard output")
    func toStandardOutput() throws {
        let result = try Gongkai.run(["extract", "samples/cjk-text.pdf"])
        #expect(result.exited && result.status == 0, "\(result.stderrText)")
        #expect(result.stderr.isEmpty)
        let report = try Gongkai.jsonObject(result.stdout)
        #expect(report["schema_version"] as? String == "1.2.0")
        let source = try #require(report["source"] as? [String: Any])
        #expect(source["file"] as? String == "cjk-text.pdf")
        #expect(source["sha256"] as? String == (try Samples.entry("cjk-text.pdf")).sha256)
        #expect(source["page_count"] as? Int == 2)
        #expect((report["pages"] as? [Any])?.count == 2)
    }

    @Test("-o writes the file atomically and prints nothing")
    func toFile() throws {
        let folder = try Gongkai.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("cjk-text.json")
        let result = try Gongkai.run(["extract", "samples/cjk-text.pdf", "-o", output.path])
        #expect(result.exited && result.status == 0, "\(result.stderrText)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["cjk-text.json"])
        let written = try Data(contentsOf: output)
        #expect(written == (try Gongkai.run(["extract", "samples/cjk-text.pdf"])).stdout)
    }

    @Test("- reads the PDF from standard input")
    func fromStandardInput() throws {
        let result = try Gongkai.run(["extract", "-"], stdin: Samples.directory.appendingPathComponent("cjk-text.pdf"))
        #expect(result.exited && result.status == 0, "\(result.stderrText)")
        let source = try #require(try Gongkai.jsonObject(result.stdout)["source"] as? [String: Any])
        #expect(source["file"] as? String == "-")
        #expect(source["sha256"] as? String == (try Samples.entry("cjk-text.pdf")).sha256)
    }

    @Test("--pages 2 extracts only page 2 and says so")
    func pageSelection() throws {
        let result = try Gongkai.run(["extract", "samples/cjk-text.pdf", "--pages", "2"])
        #expect(result.exited && result.status == 0, "\(result.stderrText)")
        let report = try Gongkai.jsonObject(result.stdout)
        let source = try #require(report["source"] as? [String: Any])
        #expect(source["pages_extracted"] as? [Int] == [2])
        #expect(source["page_count"] as? Int == 2)
        let pages = try #require(report["pages"] as? [[String: Any]])
        #expect(pages.count == 1)
        #expect(pages.first?["number"] as? Int == 2)
    }

    @Test("--progress prints a line on standard error as each page is read")
    func progress() throws {
        let result = try Gongkai.run(["extract", "samples/cjk-text.pdf", "--progress", "-o", "/dev/null"])
        #expect(result.exited && result.status == 0, "\(result.stderrText)")
        #expect(result.stderrText == "progress: page 1 of 2\nprogress: page 2 of 2\n")
    }

    @Test("--password opens an encrypted PDF")
    func password() throws {
        let result = try Gongkai.run(["extract", "samples/encrypted.pdf", "--password", "secret"])
        #expect(result.exited && result.status == 0, "\(result.stderrText)")
        #expect((try Gongkai.jsonObject(result.stdout)["pages"] as? [Any])?.count == 1)
    }

    @Test("--geometry adds characters, rulings and the font table")
    func geometry() throws {
        let plain = try Gongkai.jsonObject(try Gongkai.run(["extract", "samples/ruled-table.pdf"]).stdout)
        let full = try Gongkai.jsonObject(try Gongkai.run(["extract", "samples/ruled-table.pdf", "--geometry"]).stdout)
        let plainPage = try #require((plain["pages"] as? [[String: Any]])?.first)
        let fullPage = try #require((full["pages"] as? [[String: Any]])?.first)
        #expect(plainPage["rulings"] == nil && plainPage["characters"] == nil && plain["fonts"] == nil)
        #expect((fullPage["rulings"] as? [Any])?.count == 13)
        #expect((fullPage["characters"] as? [Any])?.count == fullPage["character_count"] as? Int)
        #expect((full["fonts"] as? [Any])?.isEmpty == false)
    }

    @Test("Two runs give byte-identical output")
    func deterministic() throws {
        let arguments = ["extract", "samples/filled-rule-table.pdf", "--geometry"]
        let first = try Gongkai.run(arguments), second = try Gongkai.run(arguments)
        #expect(first.status == 0 && second.status == 0)
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout)
    }
}
