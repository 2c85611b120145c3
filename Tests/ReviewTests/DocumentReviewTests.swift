import Foundation
import Gongkai
@testable import Review
import Testing

@Suite("Document review")
struct DocumentReviewTests {
    func render(_ pages: [Int], log: inout [[Int]]) -> [Int: Data] {
        log.append(pages)
        return Dictionary(uniqueKeysWithValues: pages.map { ($0, Data("png\($0)".utf8)) })
    }

    @Test("every page image is written, asked for a few pages at a time, and index.html comes last")
    func writesAllPages() throws {
        let report = try ReportFixture.report(pages: 40, tables: [.init(page: 2, rows: 3, cols: 4)])
        let site = MemorySite()
        var requests: [[Int]] = []
        try DocumentReview(report: report, imagePages: PageImages.all.pages(of: report))
            .write(to: site.write) { pages in render(pages, log: &requests) }
        #expect(requests.flatMap { $0 } == Array(1...40))
        #expect(requests.allSatisfy { $0.count <= DocumentReview.imagesPerRequest })
        #expect(site.files.filter { $0.path.hasPrefix("pages/") }.count == 40)
        #expect(site.file("pages/p0007.png") == Data("png7".utf8))
        #expect(site.file("csv/t1.csv") != nil)
        #expect(site.files.last?.path == "index.html")
        for asset in ["review.css", "review.js", "batch.js", "data.js"] { #expect(site.file(asset) != nil) }
    }

    @Test("--pages-with-diagnostics renders only pages a diagnostic names")
    func diagnosticPagesOnly() throws {
        let report = try ReportFixture.report(
            pages: 5,
            diagnostics: [
                ReportFixture.diagnostic("blank_page", page: 4),
                ReportFixture.diagnostic("metadata_incomplete", page: nil),
            ])
        #expect(PageImages.withDiagnostics.pages(of: report) == [4])
        #expect(PageImages.none.pages(of: report).isEmpty)
        let site = MemorySite()
        var requests: [[Int]] = []
        try DocumentReview(report: report, imagePages: PageImages.withDiagnostics.pages(of: report))
            .write(to: site.write) { pages in render(pages, log: &requests) }
        #expect(requests == [[4]])
        let pages = try #require(try site.scriptValue("data.js")["pages"] as? [[String: Any]])
        #expect(pages.map { $0["image"] as? String } == [nil, nil, nil, "pages/p0004.png", nil])
    }

    @Test("the page data keeps every cell with its spans, and places diagnostics")
    func dataKeepsCells() throws {
        let report = try ReportFixture.report(
            pages: 2, tables: [.init(page: 1, rows: 4, cols: 3), .init(page: 2, rows: 2, cols: 5)],
            diagnostics: [ReportFixture.diagnostic("arithmetic_mismatch", page: 1, table: "t1", row: 2, col: 1)])
        let site = MemorySite()
        try DocumentReview(report: report, imagePages: []).write(to: site.write) { _ in [:] }
        let data = try site.scriptValue("data.js")
        let tables = try #require(data["tables"] as? [[String: Any]])
        for (entry, table) in zip(tables, report.tables) {
            let cells = try #require((entry["table"] as? [String: Any])?["cells"] as? [[String: Any]])
            #expect(cells.count == table.cells.count)
            #expect(cells.map { $0["col_span"] as? Int } == table.cells.map(\.colSpan))
            #expect((entry["csv"] as? String)?.hasPrefix("\u{FEFF}") == false)
        }
        let diagnostics = try #require(data["diagnostics"] as? [[String: Any]])
        #expect(
            diagnostics.first?["bbox"] as? [Double] == report.tables[0].cells.first { $0.row == 2 && $0.col == 1 }?.bbox
        )
    }

    @Test("titles are escaped in the page")
    func escapesTitle() throws {
        let report = try ReportFixture.report(pages: 1, title: "预算</title><script>alert(1)</script>")
        let site = MemorySite()
        try DocumentReview(report: report, imagePages: []).write(to: site.write) { _ in [:] }
        let page = String(decoding: try #require(site.file("index.html")), as: UTF8.self)
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("a file that cannot be written stops the review before index.html")
    func writeFailureStops() throws {
        struct Full: Error {}
        let report = try ReportFixture.report(pages: 3, tables: [.init(page: 1, rows: 2, cols: 2)])
        var written: [String] = []
        #expect(throws: Full.self) {
            try DocumentReview(report: report, imagePages: [1, 2, 3]).write(to: { path, _ in
                if path == "data.js" { throw Full() }
                written.append(path)
            }) { pages in Dictionary(uniqueKeysWithValues: pages.map { ($0, Data()) }) }
        }
        #expect(!written.contains("index.html"))
    }
}

@Suite("Diagnostic placement")
struct DiagnosticPlacementTests {
    func table() throws -> Table {
        try ReportFixture.report(pages: 1, tables: [.init(page: 1, rows: 3, cols: 4)]).tables[0]
    }

    @Test("a cell, a spanned cell, a row, a table, nothing")
    func places() throws {
        let table = try table()
        let tables = ["t1": table]
        func box(row: Int?, col: Int?, table id: String? = "t1", page: Int? = 1) -> [Double]? {
            DiagnosticPlacement.box(
                of: Diagnostic(.warning, .arithmeticMismatch, page: page, table: id, row: row, col: col, message: ""),
                in: tables)
        }
        let cell = table.cells.first { $0.row == 1 && $0.col == 2 }!
        #expect(box(row: 1, col: 2) == cell.bbox)
        // Column 1 of row 0 is covered by the cell at column 0, which spans two.
        #expect(box(row: 0, col: 1) == table.cells.first { $0.row == 0 && $0.col == 0 }!.bbox)
        let row = table.cells.filter { $0.row == 2 }
        #expect(box(row: 2, col: nil) == DiagnosticPlacement.union(row.map(\.bbox)))
        #expect(box(row: nil, col: nil) == DiagnosticPlacement.union(table.cells.map(\.bbox)))
        #expect(box(row: nil, col: nil, table: nil) == nil)
        #expect(box(row: nil, col: nil, page: nil) == nil)
        #expect(box(row: nil, col: nil, page: 2) == nil)
    }
}
