import Batch
import Foundation
import Gongkai
@testable import Review
import Testing

@Suite("Batch review")
struct BatchReviewTests {
    func record(_ path: String, _ status: ManifestRecord.Status, output: String? = nil, pages: Int? = nil)
        -> ManifestRecord
    {
        ManifestRecord(
            path: path, output: output, status: status, pages: pages, tables: pages.map { _ in 1 },
            scorecards: pages.map { _ in 0 }, diagnostics: pages.map { _ in 1 }, seconds: 0.5,
            reason: status == .failed ? "damaged" : nil, schemaVersion: "1.1.0")
    }

    @Test("failures first, duplicates linked once, unreadable outputs and missing PDFs noted, totals by kind")
    func index() throws {
        let records = [
            record("b/ok.pdf", .converted, output: "b/ok.json", pages: 2),
            record("a/broken.pdf", .failed),
            record("c/same.pdf", .duplicate, output: "b/ok.json", pages: 2),
            record("d/gone.pdf", .converted, output: "d/gone.json", pages: 1),
        ]
        let report = try ReportFixture.report(
            pages: 2, tables: [.init(page: 1, rows: 2, cols: 2)],
            diagnostics: [ReportFixture.diagnostic("blank_page", page: 2)])
        struct Unreadable: Error {}
        let site = MemorySite()
        var rendered: [[Int]] = []
        let summary = try BatchReview(folder: "out", records: records, images: .withDiagnostics).write(
            to: site.write,
            report: { record in
                if record.output == "d/gone.json" { throw Unreadable() }
                return report
            },
            renderer: { _ in
                { pages in
                    rendered.append(pages)
                    return Dictionary(uniqueKeysWithValues: pages.map { ($0, Data()) })
                }
            })
        #expect(summary.documents == 1)
        #expect(summary.notes.count == 1 && summary.notes[0].hasPrefix("d/gone.pdf"))
        #expect(rendered == [[2]])
        #expect(site.file("docs/b/ok/index.html") != nil)
        let review = String(decoding: try #require(site.file("docs/b/ok/index.html")), as: UTF8.self)
        #expect(review.contains("href=\"../../../review.css\""))
        let data = try site.scriptValue("data.js")
        let rows = try #require(data["rows"] as? [[String: Any]])
        #expect(rows.map { $0["path"] as? String } == ["a/broken.pdf", "b/ok.pdf", "c/same.pdf", "d/gone.pdf"])
        #expect(rows[2]["review"] as? String == "docs/b/ok/index.html")
        #expect(rows[3]["review"] == nil && rows[3]["note"] is String)
        let totals = try #require(data["totals"] as? [String: Any])
        #expect(totals["files"] as? Int == 4)
        #expect(totals["failed"] as? Int == 1)
        #expect(totals["pages"] as? Int == 3)
        #expect((totals["by_kind"] as? [String: Int]) == ["blank_page": 1])
        #expect(site.files.last?.path == "index.html")
    }

    @Test("a document whose PDF is missing is reviewed without images")
    func missingPDF() throws {
        let report = try ReportFixture.report(pages: 1, diagnostics: [ReportFixture.diagnostic("blank_page", page: 1)])
        let site = MemorySite()
        let summary = try BatchReview(
            folder: "out", records: [record("x.pdf", .converted, output: "x.json", pages: 1)],
            images: .all
        )
        .write(to: site.write, report: { _ in report }, renderer: { _ in nil })
        #expect(summary.documents == 1)
        #expect(summary.notes.first?.contains("not found") == true)
        #expect(!site.files.contains { $0.path.hasPrefix("docs/x/pages/") })
    }

    @Test("a site file that cannot be written stops the batch")
    func writeFailure() throws {
        struct Full: Error {}
        let report = try ReportFixture.report(pages: 1)
        #expect(throws: Full.self) {
            _ = try BatchReview(
                folder: "out", records: [record("x.pdf", .converted, output: "x.json", pages: 1)], images: .none
            )
            .write(
                to: { path, _ in if path.hasPrefix("docs/") { throw Full() } }, report: { _ in report },
                renderer: { _ in nil })
        }
    }
}
