import OCRReader
import PageModel
import PopplerReader

/// Reads a document's pages, through OCR where the options ask for it. The engine is started
/// only when a page needs it, so born-digital files never load Tesseract.
final class PageReading {
    let ocr: ExtractionOptions.OCR
    let limits: ReadLimits
    private var engine: TesseractEngine?

    init(ocr: ExtractionOptions.OCR, limits: ReadLimits) {
        self.ocr = ocr
        self.limits = limits
    }

    func read(_ page: PDFPage) throws -> Page {
        let read = page.read(limits: limits)
        // A page cut short is not rendered again for OCR.
        guard ocr.mode.wants(read), read.cuts.isEmpty else { return read }
        let engine = try self.engine ?? TesseractEngine(languages: ocr.languages)
        self.engine = engine
        return try page.readByOCR(read, dpi: ocr.dpi, engine: engine)
    }
}
