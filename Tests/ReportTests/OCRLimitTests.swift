import Foundation
import OCRReader
import PageModel
import TestSupport
import Testing

@testable import Gongkai

/// The read limits reach pages read by OCR: the image's pixels, the page's time, its characters.
@Suite("OCR within the read limits")
struct OCRLimitTests {
    static var missing: [String] { TesseractEngine.missingLanguages("chi_sim+eng") }
    static let scanned = URL(fileURLWithPath: Samples.path("scanned-table.pdf"))

    /// The scanned sample extracted with the standard limits changed by `change`, and its first
    /// page_limit_reached diagnostic.
    static func scan(_ change: (inout ReadLimits) -> Void) throws -> (Report, Diagnostic) {
        var limits = ReadLimits.standard
        change(&limits)
        let report = try Gongkai.extract(pdfAt: scanned, options: ExtractionOptions(limits: limits))
        return (report, try #require(report.diagnostics.first { $0.code == .pageLimitReached }))
    }

    @Test(
        "A page whose image would pass the pixel limit is rendered at the highest resolution within it",
        arguments: [
            (595.0, 842.0, 300.0, 100_000_000, 300.0),  // A4 at 300 dpi: 8.7 million, within
            (14_400.0, 14_400.0, 300.0, 100_000_000, 50.0),  // the largest page PDF allows
            (595.0, 842.0, 300.0, 1_000_000, 101.0),
            (0.0, 0.0, 300.0, 1, 72.0),  // a degenerate page counts as one point square
        ])
    func resolution(width: Double, height: Double, dpi: Double, pixels: Int, expected: Double) {
        var limits = ReadLimits.standard
        limits.pixelsPerPage = pixels
        let chosen = limits.resolution(dpi, width: width, height: height)
        #expect(chosen == expected)
        #expect((width * chosen / 72) * (height * chosen / 72) <= Double(pixels) || chosen == dpi)
    }

    @Test(
        "A scan past the pixel limit is read at a lower resolution, and the page says so",
        .enabled(if: missing.isEmpty, "Tesseract language data missing: install tesseract-ocr-chi-sim"))
    func pixels() throws {
        let (report, cut) = try Self.scan { $0.pixelsPerPage = 2_000_000 }
        #expect(cut.page == 1)
        #expect(cut.message.contains("--max-ocr-pixels") && cut.message.contains("instead of 300"))
        #expect(report.pages.first?.ocr.map { $0.dpi < 300 } == true)
    }

    @Test(
        "OCR stops at its time limit: the page keeps no text and says which limit stopped it",
        .enabled(if: missing.isEmpty, "Tesseract language data missing: install tesseract-ocr-chi-sim"))
    func time() throws {
        let (report, cut) = try Self.scan { $0.ocrSecondsPerPage = 0.001 }
        #expect(cut.page == 1 && cut.message.contains("--max-ocr-seconds") && cut.message.contains("recognition"))
        #expect(report.tables.isEmpty && report.headings.isEmpty)
    }

    @Test(
        "Recognised characters past the character limit are dropped, and the page says so",
        .enabled(if: missing.isEmpty, "Tesseract language data missing: install tesseract-ocr-chi-sim"))
    func characters() throws {
        let (report, cut) = try Self.scan { $0.charactersPerPage = 10 }
        #expect(cut.message.contains("--max-characters") && cut.message.contains("recognised characters"))
        #expect(report.pages.first?.characterCount == 10)
    }
}
