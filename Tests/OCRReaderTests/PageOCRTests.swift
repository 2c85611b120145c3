import OCRReader
import PageModel
import PopplerReader
import Raster
import TestSupport
import Testing

@Suite("OCR of a born-digital page")
struct PageOCRTests {
    static let languages = "chi_sim+eng"
    static var missing: [String] { TesseractEngine.missingLanguages(languages) }

    /// Renders ruled-table.pdf (a table of Chinese labels and amounts), recognises it and
    /// compares with what its text layer and drawings say.
    @Test(
        "ruled-table.pdf read by OCR: most characters and the grid's rulings found",
        .enabled(
            if: missing.isEmpty,
            "Tesseract language data missing (\(missing.joined(separator: ", "))): install \(missing.map(OCRError.debianPackage).joined(separator: " "))"
        ))
    func ruledTable() throws {
        let document = try PDFDocument(path: Samples.path("ruled-table.pdf"))
        let pdfPage = try document.page(1)
        let textPage = pdfPage.read()
        let engine = try TesseractEngine(languages: Self.languages)
        let ocrPage = try pdfPage.readByOCR(textPage, dpi: 300, engine: engine).page

        // Characters: the share of the text layer's found again, as multisets.
        var expected: [Unicode.Scalar: Int] = [:]
        for glyph in textPage.glyphs { expected[glyph.scalar, default: 0] += 1 }
        var found = 0
        for glyph in ocrPage.glyphs where (expected[glyph.scalar] ?? 0) > 0 {
            expected[glyph.scalar]! -= 1
            found += 1
        }
        let recall = Double(found) / Double(textPage.glyphs.count)
        #expect(recall >= 0.85, "found \(found) of \(textPage.glyphs.count) characters")
        #expect(ocrPage.glyphs.allSatisfy { !$0.scalar.properties.isWhitespace })
        #expect(ocrPage.ocr?.meanConfidence ?? 0 > 70)

        // Boxes in points on the displayed page, near the text layer's.
        for glyph in ocrPage.glyphs {
            #expect(glyph.box.x0 >= 0 && glyph.box.x1 <= textPage.width + 0.5)
            #expect(glyph.box.top >= 0 && glyph.box.bottom <= textPage.height + 0.5)
        }

        // Every vector ruling has a raster one within a point of it, on the same axis.
        for ruling in textPage.rulings {
            let match = ocrPage.rulings.contains { other in
                other.orientation == ruling.orientation
                    && abs(other.top - ruling.top) < 1 && abs(other.x0 - ruling.x0) < 1
                    && abs(other.x1 - ruling.x1) < 1 && abs(other.bottom - ruling.bottom) < 1
            }
            #expect(match, "no raster ruling for \(ruling)")
        }
        #expect(ocrPage.rulings.count <= textPage.rulings.count + 2)
    }

    @Test(
        "Recognition past its deadline gives nothing and says it stopped; a new deadline clears that",
        .enabled(if: missing.isEmpty, "Tesseract language data missing"))
    func deadline() throws {
        let pdfPage = try PDFDocument(path: Samples.path("ruled-table.pdf")).page(1)
        let textPage = pdfPage.read()
        let engine = try TesseractEngine(languages: Self.languages)
        engine.deadline = .now
        let late = try pdfPage.readByOCR(textPage, dpi: 300, engine: engine).page
        #expect(late.glyphs.isEmpty)
        #expect(engine.stoppedAtDeadline)

        engine.deadline = .now + .milliseconds(1)
        _ = try pdfPage.readByOCR(textPage, dpi: 300, engine: engine)
        #expect(engine.stoppedAtDeadline, "a page's recognition takes more than a millisecond")

        engine.deadline = .now + .seconds(600)
        #expect(!engine.stoppedAtDeadline)
        let inTime = try pdfPage.readByOCR(textPage, dpi: 300, engine: engine).page
        #expect(!inTime.glyphs.isEmpty)
        #expect(!engine.stoppedAtDeadline)
    }

    @Test("Missing language data names the Debian package")
    func missingLanguage() {
        #expect(throws: OCRError.self) { try TesseractEngine(languages: "xx_nonesuch") }
        #expect(OCRError.debianPackage(language: "chi_sim") == "tesseract-ocr-chi-sim")
    }
}
