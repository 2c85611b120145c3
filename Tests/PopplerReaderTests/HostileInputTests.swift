import TestSupport
import Foundation
import PageModel
import PopplerReader
import Testing

/// Inputs found by fuzzing: what poppler does with them, and what the reader makes of that.
@Suite("Hostile inputs")
struct HostileInputTests {
    @Test(
        "A password longer than a PDF password can be is refused before poppler sees it",
        arguments: [128, 400, 10_000])
    func longPassword(length: Int) throws {
        let data = try Data(contentsOf: Samples.directory.appendingPathComponent("encrypted.pdf"))
        let error = #expect(throws: ReaderError.self) {
            _ = try PDFDocument(data: data, file: "encrypted.pdf", password: String(repeating: "a", count: length))
        }
        #expect(error?.kind == .passwordTooLong)
        #expect(error?.description.contains("\(PDFDocument.maximumPasswordBytes)") == true)
    }

    @Test("A password of the longest allowed length reaches poppler (and is wrong)")
    func longestPassword() {
        let error = #expect(throws: ReaderError.self) {
            _ = try PDFDocument(
                path: Samples.path("encrypted.pdf"),
                password: String(repeating: "é", count: 63) + "a")  // 127 bytes
        }
        #expect(error?.kind == .wrongPassword)
    }

    @Test(
        "Degenerate crop boxes give a page of positive size and say how they were repaired",
        arguments: [
            ("/MediaBox [0 0 200 200] /CropBox [100 100 100 100]", 595.276, 841.89),  // zero area
            ("/MediaBox [0 0 200 200] /CropBox [100 100 50 100]", 595.276, 841.89),  // zero height
            ("/MediaBox [100 100 100 100]", 595.276, 841.89),  // no media either
            ("/MediaBox [0 0 1000000000 1000000000]", 14_400, 14_400),  // beyond the limit
        ])
    func degenerateBox(boxes: String, width: Double, height: Double) throws {
        let document = try PDFDocument(data: HandmadePDF.onePage(boxes: boxes), file: "box.pdf")
        let page = try document.page(1).read()
        #expect(abs(page.width - width) < 0.01 && abs(page.height - height) < 0.01)
        #expect(page.cropBox.width > 0 && page.cropBox.height > 0)
        #expect(page.boxRepair != nil)
    }

    @Test(
        "Boxes poppler already repairs (inverted corners, a crop box beyond the media box) need nothing more",
        arguments: [
            "/MediaBox [200 200 0 0]", "/MediaBox [0 0 200 200] /CropBox [200 200 0 0]",
            "/MediaBox [0 0 200 200] /CropBox [-1000000000 0 1000000000 1000000000]",
        ])
    func repairedByPoppler(boxes: String) throws {
        let page = try PDFDocument(data: HandmadePDF.onePage(boxes: boxes), file: "box.pdf").page(1).read()
        #expect(page.width == 200 && page.height == 200)
        #expect(page.boxRepair == nil)
        #expect(String(String.UnicodeScalarView(page.glyphs.map(\.scalar))) == "Hello")
    }

    @Test("Forms nested past the depth poppler draws are reported; up to it, all is read", arguments: [1, 100])
    func nestedFormsWithinDepth(depth: Int) throws {
        let page = try PDFDocument(data: HandmadePDF.nestedForms(depth: depth), file: "forms.pdf").page(1).read()
        #expect(String(String.UnicodeScalarView(page.glyphs.map(\.scalar))) == "topdeep")
        #expect(page.undrawn.isEmpty)
    }

    @Test("Text in forms nested deeper than poppler draws is missing, and the page says so", arguments: [101, 300])
    func nestedFormsTooDeep(depth: Int) throws {
        let page = try PDFDocument(data: HandmadePDF.nestedForms(depth: depth), file: "forms.pdf").page(1).read()
        #expect(String(String.UnicodeScalarView(page.glyphs.map(\.scalar))) == "top")
        #expect(page.undrawn.count == 1)
        #expect(page.undrawn.first?.contains("100 deep") == true)
    }

    @Test("What poppler reports about a page's content is kept with the page, counted, the first in its words")
    func pageMessages() throws {
        let noisy = HandmadePDF.onePage(content: "BT /F1 12 Tf 20 100 Td (Hello) Tj ET foo zz re")
        let page = try PDFDocument(data: noisy, file: "noisy.pdf").page(1).read()
        let messages = try #require(page.readerMessages)
        #expect(messages.count >= 2)
        #expect(messages.first.contains("Unknown operator 'foo'"))
        #expect(String(String.UnicodeScalarView(page.glyphs.map(\.scalar))) == "Hello")

        let clean = try PDFDocument(data: HandmadePDF.onePage(), file: "clean.pdf")
        #expect(clean.openingMessages == nil)
        #expect(try clean.page(1).read().readerMessages == nil)
    }

    @Test("A cross-reference table poppler has to rebuild is reported with the document")
    func openingMessages() throws {
        let misplaced = HandmadePDF.file(
            [
                "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                "<< /Length 36 >>\nstream\nBT /F1 12 Tf 20 100 Td (Hello) Tj ET\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            ], misplace: 7)
        let document = try PDFDocument(data: misplaced, file: "misplaced.pdf")
        let messages = try #require(document.openingMessages)
        #expect(messages.first.contains("reconstruct") && !messages.first.hasSuffix("<0a>"))
        #expect(String(String.UnicodeScalarView(try document.page(1).read().glyphs.map(\.scalar))) == "Hello")
    }

    @Test("A page the page tree counts but poppler cannot give is damaged, naming the page, not out of range")
    func brokenPageObject() throws {
        let document = try PDFDocument(data: HandmadePDF.brokenSecondPage(), file: "broken.pdf")
        #expect(document.pageCount == 2)
        _ = try document.page(1).read()
        let error = #expect(throws: ReaderError.self) { _ = try document.page(2) }
        #expect(error?.kind == .damaged)
        #expect(error?.page == 2)
        #expect(error?.description.hasPrefix("broken.pdf, page 2: damaged") == true)
        #expect((#expect(throws: ReaderError.self) { _ = try document.page(3) })?.kind == .pageOutOfRange)
    }
}
