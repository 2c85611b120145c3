import OCRReader
import PageModel
import PopplerReader

/// Reads a document's pages, through OCR where the options ask for it. The engine is started
/// only when a page needs it, so born-digital files never load Tesseract.
final class PageReading {
    let ocr: ExtractionOptions.OCR
    private var engine: TesseractEngine?

    init(ocr: ExtractionOptions.OCR) {
        self.ocr = ocr
    }

    func read(_ page: PDFPage) throws -> Page {
        let read = page.read()
        guard ocr.mode.wants(read) else { return read }
        let engine = try self.engine ?? TesseractEngine(languages: ocr.languages)
        self.engine = engine
        return try page.readByOCR(read, dpi: ocr.dpi, engine: engine)
    }
}
