import TestSupport
import Foundation
import Testing

/// Command-line behaviour on inputs found by fuzzing: each fails, or succeeds, the documented way.
@Suite("gongkai on hostile inputs")
struct HostileInputTests {
    @Test(
        "A password longer than 127 bytes is a one-line usage error naming the limit",
        arguments: [
            ["extract", "samples/encrypted.pdf", "--password"],
            ["inspect", "samples/encrypted.pdf", "--page", "1", "-o", "/nonexistent-dir/p.png", "--password"],
        ])
    func longPassword(_ command: [String]) throws {
        let result = try Gongkai.run(command + [String(repeating: "p", count: 400)])
        #expect(result.exited, "killed by signal \(result.status)")
        #expect(result.status == 64)
        let lines = result.stderrText.split(separator: "\n")
        #expect(lines.count == 1, "standard error: \(result.stderrText)")
        #expect(lines.first?.hasPrefix("gongkai: samples/encrypted.pdf: ") == true)
        #expect(lines.first?.contains("127") == true)
    }

    @Test(
        "A page object that cannot be read is exit 7 naming the page, with or without --pages",
        arguments: [[], ["--pages", "2"], ["--pages", "1-"]])
    func brokenPage(_ pages: [String]) throws {
        let file = try HandmadePDF.write(HandmadePDF.brokenSecondPage(), named: "broken.pdf")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try Gongkai.run(["extract", file.path] + pages)
        #expect(result.exited && result.status == 7)
        #expect(result.stderrText == "gongkai: \(file.path), page 2: damaged PDF: the page object cannot be read\n")
    }

    @Test("A page beyond the count is still 11 on that file")
    func outOfRange() throws {
        let file = try HandmadePDF.write(HandmadePDF.brokenSecondPage(), named: "broken.pdf")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect(try Gongkai.run(["extract", file.path, "--pages", "3"]).status == 11)
    }

    @Test("A degenerate crop box gives a schema-valid report with a page_box_repaired diagnostic")
    func degenerateBox() throws {
        let file = try HandmadePDF.write(
            HandmadePDF.onePage(boxes: "/MediaBox [0 0 200 200] /CropBox [100 100 100 100]"), named: "box.pdf")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let output = file.deletingLastPathComponent().appendingPathComponent("box.json")
        let result = try Gongkai.run(["extract", file.path, "-o", output.path])
        #expect(result.exited && result.status == 0 && result.stderr.isEmpty, "\(result.stderrText)")
        let report = try Gongkai.jsonObject(try Data(contentsOf: output))
        let page = try #require((report["pages"] as? [[String: Any]])?.first)
        #expect((page["width"] as? Double ?? 0) > 0 && (page["height"] as? Double ?? 0) > 0)
        let codes = (report["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes.contains("page_box_repaired"))
        let validation = try Subprocess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "scripts/validate-goldens", output.path], in: Samples.root)
        // Skipped where python3 has no jsonschema module (the golden tests say so).
        if !validation.stderrText.contains("jsonschema module is missing") {
            #expect(validation.status == 0, "\(validation.stdoutText)\(validation.stderrText)")
        }
    }

    @Test("Forms nested deeper than poppler draws give a content_not_drawn warning naming the page")
    func nestedForms() throws {
        let file = try HandmadePDF.write(HandmadePDF.nestedForms(depth: 200), named: "forms.pdf")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try Gongkai.run(["extract", file.path])
        #expect(result.exited && result.status == 0 && result.stderr.isEmpty, "\(result.stderrText)")
        let report = try Gongkai.jsonObject(result.stdout)
        let diagnostics = report["diagnostics"] as? [[String: Any]] ?? []
        let undrawn = try #require(diagnostics.first { $0["code"] as? String == "content_not_drawn" })
        #expect(undrawn["page"] as? Int == 1)
        #expect((undrawn["message"] as? String)?.hasPrefix("page 1: form XObjects nest more than 100 deep") == true)
    }

    @Test(
        "What poppler prints about a bad font or stream stays off standard error",
        arguments: [
            // A TrueType font whose embedded file is garbage: poppler's cairo font engine prints "some
            // font thing failed" with fprintf (this case fails without the silencing).
            HandmadePDF.file([
                "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                "<< /Length 36 >>\nstream\nBT /F1 12 Tf 20 100 Td (Hello) Tj ET\nendstream",
                "<< /Type /Font /Subtype /TrueType /BaseFont /Foo /FirstChar 32 /LastChar 126 /FontDescriptor 6 0 R >>",
                "<< /Type /FontDescriptor /FontName /Foo /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>",
                "<< /Length 20 >>\nstream\nGARBAGEGARBAGEGARBAG\nendstream",
            ]),
            // Operators that do not exist, and below a stream that is not the zlib it says it is:
            // pdftocairo prints "Syntax Error (…): …" for both; poppler-glib logs them to GLib,
            // where they are collected as reader_messages (below).
            HandmadePDF.onePage(content: "BT /F1 12 Tf 20 100 Td (Hello) Tj ] ] } @@ ET foo"),
            HandmadePDF.file([
                "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
                "<< /Length 10 /Filter /FlateDecode >>\nstream\nnot zlib!!\nendstream",
            ]),
        ])
    func popplerMessages(_ pdf: Data) throws {
        let file = try HandmadePDF.write(pdf, named: "noisy.pdf")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let extract = try Gongkai.run(["extract", file.path])
        #expect(extract.exited && extract.status == 0)
        #expect(extract.stderrText.isEmpty, "standard error: \(extract.stderrText)")
        let png = file.deletingLastPathComponent().appendingPathComponent("p.png").path
        let inspect = try Gongkai.run(["inspect", file.path, "--page", "1", "-o", png])
        #expect(inspect.exited && inspect.status == 0)
        #expect(inspect.stderrText.isEmpty, "standard error: \(inspect.stderrText)")
    }

    @Test("inspect draws the largest page PDF allows within the pixel limit, whatever the scale asked")
    func inspectWithinThePixelLimit() throws {
        let file = try HandmadePDF.write(
            HandmadePDF.onePage(boxes: "/MediaBox [0 0 14400 14400]"),
            named: "huge.pdf")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let png = file.deletingLastPathComponent().appendingPathComponent("p.png")
        let result = try Gongkai.run(
            ["inspect", file.path, "--page", "1", "-o", png.path, "--scale", "8", "--max-ocr-pixels", "1000000"])
        #expect(result.exited && result.status == 0, "\(result.stderrText)")
        // The PNG header: width and height, big-endian, from byte 16.
        let header = [UInt8](try Data(contentsOf: png).prefix(24))
        let side = { (at: Int) in header[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        #expect(side(16) * side(20) <= 1_000_000)
        #expect(side(16) > 900)
    }

    @Test("What poppler reports reading a page is a reader_messages warning on that page, not a line on stderr")
    func readerMessages() throws {
        let file = try HandmadePDF.write(
            HandmadePDF.onePage(content: "BT /F1 12 Tf 20 100 Td (Hello) Tj ] ] } @@ ET foo"), named: "noisy.pdf")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try Gongkai.run(["extract", file.path])
        #expect(result.exited && result.status == 0 && result.stderr.isEmpty, "\(result.stderrText)")
        let diagnostics = try Gongkai.jsonObject(result.stdout)["diagnostics"] as? [[String: Any]] ?? []
        let messages = try #require(diagnostics.first { $0["code"] as? String == "reader_messages" })
        #expect(messages["page"] as? Int == 1)
        #expect((messages["message"] as? String)?.hasPrefix("page 1: poppler reported ") == true)
    }
}

/// The read limits from the command line.
@Suite("gongkai read limits")
struct ReadLimitCommandTests {
    @Test("--max-pages reads the first pages, says which were left out, and the report stays schema-valid")
    func maxPages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gongkai-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.json")
        let result = try Gongkai.run(["extract", "samples/rotated.pdf", "--max-pages", "1", "-o", output.path])
        #expect(result.exited && result.status == 0 && result.stderr.isEmpty, "\(result.stderrText)")
        let report = try Gongkai.jsonObject(try Data(contentsOf: output))
        let source = try #require(report["source"] as? [String: Any])
        #expect((source["page_count"] as? Int ?? 0) > 1)
        #expect((report["pages"] as? [Any])?.count == 1)
        let cut = (report["diagnostics"] as? [[String: Any]] ?? []).first {
            $0["code"] as? String == "page_limit_reached"
        }
        #expect(cut?["page"] as? Int == 1)
        #expect((cut?["message"] as? String)?.contains("--max-pages") == true)
        let validation = try Subprocess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["python3", "scripts/validate-goldens", output.path], in: Samples.root)
        if !validation.stderrText.contains("jsonschema module is missing") {
            #expect(validation.status == 0, "\(validation.stdoutText)\(validation.stderrText)")
        }
    }

    @Test(
        "A limit of zero is a usage error",
        arguments: ["--max-characters", "--max-paths", "--max-rulings", "--max-pages", "--max-page-seconds"])
    func zeroLimit(_ flag: String) throws {
        let result = try Gongkai.run(["extract", "samples/cjk-text.pdf", flag, "0"])
        #expect(result.exited && result.status == 64)
    }
}
