import TestSupport
import Foundation
import PageModel
import Gongkai
import Testing

@Suite("Report")
struct ReportTests {
    @Test("The same PDF encodes to the same bytes twice", arguments: ["cjk-text.pdf", "filled-rule-table.pdf"])
    func deterministic(file: String) throws {
        let sample = try Samples.entry(file)
        let first = try Pipeline.json(sample), second = try Pipeline.json(sample)
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test("The schema embedded in the binary is schemas/gongkai.schema.json, and its version is read from it")
    func schemaInSync() throws {
        let file = try String(
            contentsOf: Samples.root.appendingPathComponent("schemas/gongkai.schema.json"),
            encoding: .utf8)
        #expect(file == ReportSchema.json)
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(file.utf8)) as? [String: Any])
        let version =
            (schema["properties"] as? [String: Any])
            .flatMap { $0["schema_version"] as? [String: Any] }?["const"] as? String
        #expect(version == ReportSchema.version)
    }

    @Test(
        "The report carries the schema version and the source file's name, digest and page count",
        arguments: try Pipeline.readableSamples())
    func source(sample: ManifestEntry) throws {
        let report = try Pipeline.report(sample)
        #expect(report.schemaVersion == ReportSchema.version)
        #expect(report.source.file == sample.file)
        #expect(report.source.sha256 == sample.sha256)
        #expect(report.source.pageCount == sample.pageCount)
        #expect(report.source.pagesExtracted == nil)
        #expect(report.pages.map(\.number) == Array(1...(sample.pageCount ?? 0)))
    }

    @Test("blank.pdf: a blank_page diagnostic on page 1")
    func blankDiagnostic() throws {
        let report = try Pipeline.report(try Samples.entry("blank.pdf"))
        #expect(report.diagnostics.map(\.code) == [.blankPage, .metadataIncomplete])
        #expect(report.diagnostics.first?.page == 1)
        #expect(report.diagnostics.first?.severity == .info)
    }

    @Test("scanned.pdf: a no_text_layer warning on page 1")
    func scannedDiagnostic() throws {
        let report = try Pipeline.report(try Samples.entry("scanned.pdf"))
        let warning = report.diagnostics.first { $0.code == .noTextLayer }
        #expect(warning?.page == 1)
        #expect(warning?.severity == .warning)
        #expect(!report.diagnostics.contains { $0.code == .blankPage })
    }

    @Test("Text pages have no page diagnostics", arguments: ["cjk-text.pdf", "ruled-table.pdf", "rotated.pdf"])
    func noDiagnostics(file: String) throws {
        // Samples that are not whole reports lack a title or year: that is metadata, not the page.
        #expect(
            try Pipeline.report(try Samples.entry(file)).diagnostics.filter { $0.code != .metadataIncomplete } == [])
    }

    @Test("A report whose cover gives title, body and year has no metadata_incomplete diagnostic")
    func completeMetadata() throws {
        let report = try Pipeline.report(try Samples.entry("cjk-text.pdf"))
        #expect(
            report.metadata.organization != nil && report.metadata.fiscalYear != nil && report.metadata.title != nil)
        #expect(!report.diagnostics.contains { $0.code == .metadataIncomplete })
    }

    @Test("scanned.pdf: an image-only cover makes metadata_incomplete say which fields are missing and why")
    func imageOnlyCover() throws {
        let report = try Pipeline.report(try Samples.entry("scanned.pdf"))
        let warning = try #require(report.diagnostics.first { $0.code == .metadataIncomplete })
        #expect(warning.severity == .warning)
        #expect(warning.page == 1)
        #expect(warning.table == nil)
        for field in ["title", "organization", "fiscal_year", "image without a text layer"] {
            #expect(warning.message.contains(field))
        }
    }

    @Test("Annex tables without a cover: only the title is missing, an info diagnostic")
    func annexWithoutCover() throws {
        let report = try Pipeline.report(try Samples.entry("ruled-table.pdf"))
        let missing = try #require(report.diagnostics.first { $0.code == .metadataIncomplete })
        #expect(report.metadata.organization == "示例市医疗保障局")
        #expect(missing.message.contains("title"))
        #expect(!missing.message.contains("organization"))
    }

    @Test("Without the cairo tap the report says rulings were unavailable, first")
    func rulingsUnavailable() {
        let page = Page(number: 1, width: 100, height: 100)
        let report = ReportBuilder().build(source: source(), pages: [page], fonts: [], rulingsAvailable: false)
        #expect(report.diagnostics.first?.code == .rulingsUnavailable)
        #expect(report.diagnostics.first?.page == nil)
    }

    @Test("Geometry is written only when asked for")
    func geometryOption() throws {
        let page = Page(number: 1, width: 100, height: 200, rulings: [.horizontal(y: 10, from: 0, to: 50, width: 0.5)])
        let plain = ReportBuilder().build(source: source(), pages: [page], fonts: [], rulingsAvailable: true)
        #expect(plain.pages[0].rulings == nil && plain.fonts == nil)
        let full = ReportBuilder(options: .init(geometry: true))
            .build(source: source(), pages: [page], fonts: [], rulingsAvailable: true)
        #expect(full.pages[0].rulings?.count == 1)
        #expect(full.fonts == [])
    }

    @Test("A fill without a solid colour is written with \"color\": null, as the schema requires")
    func fillWithoutColor() throws {
        let page = Page(
            number: 1, width: 100, height: 100,
            fills: [FilledRect(box: Rect(x0: 0, top: 0, x1: 100, bottom: 100), color: nil)])
        let report = ReportBuilder(options: .init(geometry: true))
            .build(source: source(), pages: [page], fonts: [], rulingsAvailable: true)
        let json = try #require(try JSONSerialization.jsonObject(with: ReportEncoder.encode(report)) as? [String: Any])
        let fill = try #require(((json["pages"] as? [[String: Any]])?.first?["fills"] as? [[String: Any]])?.first)
        #expect(fill.keys.contains("color"))
    }

    @Test("Coordinates are rounded to 0.01 pt when written")
    func rounding() throws {
        let page = Page(
            number: 1, width: 595.2756, height: 841.8898,
            rulings: [.vertical(x: 68.63780000000003, from: 149.996, to: 294.004, width: 0.49999)])
        let info = ReportBuilder(options: .init(geometry: true))
            .build(source: source(), pages: [page], fonts: [], rulingsAvailable: true).pages[0]
        #expect((info.width, info.height) == (595.28, 841.89))
        let ruling = try #require(info.rulings?.first)
        #expect((ruling.x0, ruling.top, ruling.bottom, ruling.width) == (68.64, 150, 294, 0.5))
    }

    func source() -> Source {
        Source(file: "/somewhere/synthetic.pdf", data: Data("synthetic".utf8), pageCount: 1)
    }
}
