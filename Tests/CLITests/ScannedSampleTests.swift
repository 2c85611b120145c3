import TestSupport
import Foundation
import Testing

/// scanned-table.pdf is ruled-table.pdf scanned (200 dpi JPEG, a red seal over the table,
/// 0.6° skew): read by OCR, it must give the born-digital table's grid.
@Suite("gongkai extract of a scanned page")
struct ScannedSampleTests {
    /// Whether Tesseract's Chinese and English data are where Debian installs them.
    static var languagesInstalled: Bool {
        let folders =
            (ProcessInfo.processInfo.environment["TESSDATA_PREFIX"].map { [$0, $0 + "/tessdata"] } ?? [])
            + ["/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata"]
        return ["chi_sim", "eng"].allSatisfy { language in
            folders.contains { FileManager.default.fileExists(atPath: "\($0)/\(language).traineddata") }
        }
    }

    @Test(
        "The scan reads as the printed table: page source, skew undone, most cells exact",
        .enabled(if: languagesInstalled, "Tesseract data missing: install tesseract-ocr-chi-sim tesseract-ocr-eng"))
    func scannedTable() throws {
        let result = try Gongkai.run(["extract", "samples/scanned-table.pdf"])
        #expect(result.exited && result.status == 0, "\(result.stderrText)")
        let report = try Gongkai.jsonObject(result.stdout)
        let page = try #require((report["pages"] as? [[String: Any]])?.first)
        #expect(page["source"] as? String == "ocr")
        let ocr = try #require(page["ocr"] as? [String: Any])
        #expect(abs((ocr["skew_degrees"] as? Double ?? 0) - 0.6) < 0.15)
        #expect((ocr["mean_confidence"] as? Double ?? 0) > 80)

        let tables = try #require(report["tables"] as? [[String: Any]])
        #expect(tables.count == 1)
        let table = try #require(tables.first)
        #expect(table["title"] as? String == "收入支出决算总表")
        var read: [String: String] = [:]
        for cell in table["cells"] as? [[String: Any]] ?? [] {
            let key = [cell["row"], cell["col"], cell["row_span"], cell["col_span"]].map { "\($0 ?? "")" }.joined(
                separator: " ")
            read[key] = cell["text"] as? String
        }
        // ruled-table.expected.txt: "row col rowspan colspan text" per cell.
        let expected = try String(
            contentsOf: Samples.directory.appendingPathComponent("ruled-table.expected.txt"), encoding: .utf8
        )
        .split(separator: "\n").map { $0.split(separator: " ", maxSplits: 4).map(String.init) }
        let exact = expected.filter { fields in read[fields.prefix(4).joined(separator: " ")] == fields.last }
        // The cells under the seal's star may be misread; the rest must be exact.
        #expect(Double(exact.count) >= 0.85 * Double(expected.count), "\(exact.count) of \(expected.count) cells exact")
        #expect(read.count == expected.count)
    }
}
