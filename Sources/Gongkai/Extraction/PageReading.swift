import Layout
import OCRReader
import PageModel
import PopplerReader
import Raster

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

    func read(_ page: PDFPage, fonts: [Font]) throws -> Page {
        let read = page.read(limits: limits)
        // A page cut short is not rendered again for OCR.
        guard ocr.mode.wants(read), read.cuts.isEmpty else { return read }
        let engine = try self.engine ?? TesseractEngine(languages: ocr.languages)
        self.engine = engine
        return try readByOCR(page, read, fonts: fonts, engine: engine)
    }

    /// The page read from its image, then the cells of its ruled tables read one by one.
    private func readByOCR(_ pdfPage: PDFPage, _ page: Page, fonts: [Font], engine: TesseractEngine) throws -> Page {
        let reading = try pdfPage.readByOCR(page, dpi: ocr.dpi, engine: engine)
        let cells = TableCellPlan.cells(of: TableFinder().findTables(on: reading.page, fonts: fonts))
        guard !cells.isEmpty else { return reading.page }
        return try RasterCellReader().reread(reading, cells: cells, engine: engine, fontIndex: pdfPage.recognisedFont)
    }
}
