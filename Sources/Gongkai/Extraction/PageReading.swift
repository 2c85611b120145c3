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
        guard read.cuts.isEmpty else { return read }
        guard ocr.mode.wants(read) else { return ocr.mode == .auto ? repairingMisMapped(page, read) : read }
        let engine = try self.engine ?? TesseractEngine(languages: ocr.languages)
        self.engine = engine
        return try readByOCR(page, read, fonts: fonts, engine: engine)
    }

    /// A text layer whose font map is garbled, with its wrong characters read again from the
    /// page's image. Without Tesseract, or past the page's OCR time, the page keeps the text it
    /// has (and its warning): a repair is never a reason for a document to fail.
    private func repairingMisMapped(_ pdfPage: PDFPage, _ page: Page) -> Page {
        let suspects = MisMappedGlyphs.indices(in: page.glyphs)
        guard suspects.count >= MisMappedGlyphs.minimumPerPage || !MisMapRepair.leftOut(page).isEmpty,
            MisMapRepair.needsReading(page, suspects: suspects),
            let engine = try? self.engine ?? TesseractEngine(languages: ocr.languages)
        else { return page }
        self.engine = engine
        engine.deadline = .now + .seconds(limits.ocrSecondsPerPage)
        defer { engine.deadline = nil }
        let dpi = limits.resolution(ocr.dpi, width: page.width, height: page.height)
        return (try? pdfPage.repairingMisMapped(page, suspects: suspects, dpi: dpi, engine: engine)) ?? page
    }

    /// The page read from its image, then the cells of its ruled tables read one by one, within
    /// the limits: the image's pixels, the time OCR may take (recognition stops there) and the
    /// characters.
    private func readByOCR(_ pdfPage: PDFPage, _ page: Page, fonts: [Font], engine: TesseractEngine) throws -> Page {
        var cuts: [PageCut] = []
        let dpi = limits.resolution(ocr.dpi, width: page.width, height: page.height)
        if dpi < ocr.dpi {
            cuts.append(
                PageCut(
                    .pixelsPerPage, limit: Double(limits.pixelsPerPage),
                    what: "its image was read at \(Int(dpi)) dpi instead of \(Int(ocr.dpi.rounded()))"))
        }
        engine.deadline = .now + .seconds(limits.ocrSecondsPerPage)
        defer { engine.deadline = nil }
        let reading = try pdfPage.readByOCR(page, dpi: dpi, engine: engine)
        var read = reading.page
        if engine.stoppedAtDeadline {
            cuts.append(
                PageCut(
                    .ocrSecondsPerPage, limit: limits.ocrSecondsPerPage,
                    what: "recognition of its image stopped there, so its text was not read"))
        } else {
            let cells = TableCellPlan.cells(of: TableFinder().findTables(on: read, fonts: fonts))
            if !cells.isEmpty {
                read = try RasterCellReader().reread(
                    reading, cells: cells, engine: engine, fontIndex: pdfPage.recognisedFont)
            }
            if engine.stoppedAtDeadline {
                cuts.append(
                    PageCut(
                        .ocrSecondsPerPage, limit: limits.ocrSecondsPerPage,
                        what: "the cells of its tables not read again by then keep the page's first reading"))
            }
        }
        if read.glyphs.count > limits.charactersPerPage {
            cuts.append(
                PageCut(
                    .charactersPerPage, limit: Double(limits.charactersPerPage),
                    what:
                        "only the first \(limits.charactersPerPage) of its \(read.glyphs.count) recognised characters were kept"
                ))
            read.glyphs.removeSubrange(limits.charactersPerPage...)
        }
        read.cuts += cuts
        return read
    }
}
