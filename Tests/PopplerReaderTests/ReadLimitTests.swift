import TestSupport
import Foundation
import PageModel
import PopplerReader
import Testing

/// Pages past a read limit are cut short, saying which limit, and keep what came before it.
@Suite("Read limits on pages")
struct ReadLimitTests {
    /// One page whose /Contents lists the same stream `times` times.
    static func repeatedContents(_ times: Int, content: String) -> Data {
        HandmadePDF.file([
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents ["
                + String(repeating: "4 0 R ", count: times) + "] >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ])
    }

    static func limits(_ change: (inout ReadLimits) -> Void) -> ReadLimits {
        var limits = ReadLimits.standard
        change(&limits)
        return limits
    }

    @Test("/Contents repeating one stream 2,000 times is cut at the character limit")
    func repeatedStream() throws {
        let line = "BT /F1 12 Tf 20 700 Td (Repeated line of text) Tj ET"
        let pdf = Self.repeatedContents(2000, content: Array(repeating: line, count: 5).joined(separator: "\n"))
        let page = try PDFDocument(data: pdf, file: "repeat.pdf").page(1).read()
        let cut = try #require(page.cuts.first { $0.kind == .charactersPerPage })
        #expect(page.glyphs.count <= ReadLimits.standard.charactersPerPage)
        #expect(page.glyphs.count > 0)
        #expect(cut.what.contains("of its"))
    }

    @Test("A megabyte of text drawn over itself keeps only as many characters as the limit", arguments: [500, 5000])
    func overlappingText(limit: Int) throws {
        var generator = SystemRandomNumberGenerator()
        var content = ""
        while content.utf8.count < 1_000_000 {
            content +=
                "BT /F1 \(Int.random(in: 6...14, using: &generator)) Tf \(Int.random(in: 0...500, using: &generator)) "
                + "\(Int.random(in: 0...800, using: &generator)) Td (overlapping text) Tj ET\n"
        }
        let pdf = HandmadePDF.onePage(boxes: "/MediaBox [0 0 595 842]", content: content)
        let page = try PDFDocument(data: pdf, file: "overlap.pdf").page(1)
            .read(limits: Self.limits { $0.charactersPerPage = limit })
        #expect(page.glyphs.count <= limit)
        #expect(page.cuts.map(\.kind).contains(.charactersPerPage))
        #expect(page.glyphs.count > limit / 2)
        #expect(page.glyphs.allSatisfy { "overlapingtex".unicodeScalars.contains($0.scalar) })
    }

    @Test("The character limit reaches poppler's text page here, so it bounds poppler's work too")
    func textIsBounded() {
        #expect(PDFPage.boundsText == PDFPage.canReadRulings)
    }

    @Test("Paths and rulings past their limits are cut, naming the limit")
    func pathsAndRulings() throws {
        let lines = (0..<40).map { "50 \(100 + 10 * $0) m 400 \(100 + 10 * $0) l S" }.joined(separator: "\n")
        let document = try PDFDocument(data: HandmadePDF.onePage(content: lines), file: "lines.pdf")
        let whole = try document.page(1).read()
        #expect(whole.cuts.isEmpty)
        #expect(whole.rulings.count == 40)

        let fewPaths = try document.page(1).read(limits: Self.limits { $0.pathsPerPage = 10 })
        #expect(fewPaths.cuts.map(\.kind) == [.pathsPerPage])
        #expect(fewPaths.rulings.count == 10)

        let fewRulings = try document.page(1).read(limits: Self.limits { $0.rulingsPerPage = 3 })
        #expect(fewRulings.cuts.map(\.kind) == [.rulingsPerPage])
        #expect(fewRulings.rulings.count == 3)
    }

    @Test("A page whose time runs out keeps nothing drawn after it and says so")
    func timeRunsOut() throws {
        let page = try PDFDocument(data: HandmadePDF.onePage(), file: "hello.pdf").page(1)
            .read(limits: Self.limits { $0.secondsPerPage = 1e-9 })
        #expect(page.cuts.first?.kind == .secondsPerPage)
        #expect(page.glyphs.isEmpty)
    }
}
