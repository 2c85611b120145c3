import Foundation
import Testing

@Suite("gongkai review")
struct ReviewCommandTests {
    @Test("A review of a PDF: page images, data, CSV, and the page that opens it")
    func reviewsDocument() throws {
        let scratch = try Gongkai.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let site = scratch.appendingPathComponent("site")
        let result = try Gongkai.run(["review", "samples/rotated.pdf", "-o", site.path])
        #expect(result.status == 0, "\(result.stderrText)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("pages").path)
            .sorted()
        #expect(pages == ["p0001.png", "p0002.png", "p0003.png"])
        let png = try Data(contentsOf: site.appendingPathComponent("pages/p0002.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let data = String(decoding: try Data(contentsOf: site.appendingPathComponent("data.js")), as: UTF8.self)
        #expect(data.hasPrefix("window.GONGKAI_REVIEW = {"))
        for file in ["index.html", "review.js", "review.css", "csv/t1.csv"] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(file).path), "\(file)")
        }
    }

    @Test("--no-page-images draws no image; --report reviews a JSON without extracting")
    func fromReport() throws {
        let scratch = try Gongkai.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let json = scratch.appendingPathComponent("r.json").path
        #expect(try Gongkai.run(["extract", "samples/ruled-table.pdf", "-o", json]).status == 0)
        let site = scratch.appendingPathComponent("site")
        let result = try Gongkai.run([
            "review", "samples/ruled-table.pdf", "--report", json, "--no-page-images", "-o", site.path,
        ])
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("pages").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
    }

    @Test(
        "Bad inputs exit with their documented code, naming the file, and write no index",
        arguments: [
            (["review", "samples/damaged.pdf"], Int32(7), "samples/damaged.pdf"),
            (["review", "--batch", "samples"], Int32(3), "samples"),
            (
                ["review", "samples/ruled-table.pdf", "--report", "samples/ruled-table.expected.txt"], Int32(5),
                "samples/ruled-table.expected.txt"
            ),
            (["review", "samples/ruled-table.pdf", "--batch", "samples"], Int32(64), "--batch"),
        ])
    func badInputs(arguments: [String], status: Int32, names: String) throws {
        let scratch = try Gongkai.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let site = scratch.appendingPathComponent("site")
        let result = try Gongkai.run(arguments + ["-o", site.path])
        #expect(result.status == status, "\(result.stderrText)")
        #expect(result.stderrText.contains(names))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
    }

    @Test("A site folder that cannot be made exits 12")
    func unwritableSite() throws {
        let scratch = try Gongkai.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let result = try Gongkai.run(["review", "samples/ruled-table.pdf", "-o", file.path])
        #expect(result.status == 12, "\(result.stderrText)")
        #expect(result.stderrText.contains(file.path))
    }

    @Test("A batch review: an index linking each converted input's review")
    func reviewsBatch() throws {
        let scratch = try Gongkai.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out").path
        _ = try Gongkai.run(["batch", "samples/ruled-table.pdf", "samples/damaged.pdf", "--out", out, "--quiet"])
        let site = scratch.appendingPathComponent("site")
        let result = try Gongkai.run(["review", "--batch", out, "-o", site.path])
        #expect(result.status == 0, "\(result.stderrText)")
        let data = String(decoding: try Data(contentsOf: site.appendingPathComponent("data.js")), as: UTF8.self)
        #expect(data.contains("\"path\":\"samples/damaged.pdf\""))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("docs/ruled-table/index.html").path))
    }
}
