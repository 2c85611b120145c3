import Foundation
import Testing

/// Tesseract and libpq are loaded when a page needs OCR or a PostgreSQL database is named, not
/// when gongkai starts. Each test points the library's override variable at a file that does
/// not exist, as on a machine without the package installed.
@Suite("Tesseract and libpq are needed only by the runs that use them")
struct OptionalLibraryTests {
    static let absent = [
        "GONGKAI_TESSERACT_LIBRARY": "/nonexistent/libtesseract.so.5",
        "GONGKAI_LIBPQ_LIBRARY": "/nonexistent/libpq.so.5",
    ]

    @Test("A born-digital PDF is read with neither library")
    func bornDigital() throws {
        let result = try Gongkai.run(["extract", "samples/ruled-table.pdf"], environment: Self.absent)
        #expect(result.exited && result.status == 0, "\(result.stderrText)")
        let report = try Gongkai.jsonObject(result.stdout)
        #expect((report["tables"] as? [Any])?.count == 1)
    }

    @Test("A page that needs OCR without Tesseract: exit 13, one line naming file, page and the package")
    func scanWithoutTesseract() throws {
        let result = try Gongkai.run(["extract", "samples/scanned-table.pdf"], environment: Self.absent)
        #expect(result.exited && result.status == 13)
        let lines = result.stderrText.split(separator: "\n")
        #expect(lines.count == 1, "\(result.stderrText)")
        let line = String(lines.first ?? "")
        #expect(line.hasPrefix("gongkai: samples/scanned-table.pdf, page 1: Tesseract could not be loaded"))
        #expect(line.contains("libtesseract5") && line.contains("/nonexistent/libtesseract.so.5"))
        #expect(result.stdout.isEmpty)
    }

    @Test("Loading into PostgreSQL without libpq: exit 12 naming the package, and no password in the message")
    func postgresWithoutLibPQ() throws {
        let folder = try Gongkai.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("ruled-table.json").path
        let extracted = try Gongkai.run(["extract", "samples/ruled-table.pdf", "-o", json], environment: Self.absent)
        #expect(extracted.status == 0, "\(extracted.stderrText)")

        let result = try Gongkai.run(
            ["load", json, "--db", "postgresql://loader:secret@127.0.0.1:1/warehouse"], environment: Self.absent)
        #expect(result.exited && result.status == 12)
        #expect(result.stderrText.contains("PostgreSQL's client library could not be loaded"))
        #expect(result.stderrText.contains("libpq5"))
        #expect(!result.stderrText.contains("secret"))
    }
}
