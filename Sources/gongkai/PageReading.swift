import ArgumentParser
import Layout
import OCRReader
import PageModel
import PopplerReader
import Raster

/// Reads a document's pages, through OCR where `mode` asks for it. The engine is started only
/// when a page needs it, so born-digital files never load Tesseract.
final class PageReading {
    let mode: OCRMode
    let dpi: Double
    let languages: String
    private var engine: TesseractEngine?

    init(mode: OCRMode, dpi: Double, languages: String) {
        self.mode = mode
        self.dpi = dpi
        self.languages = languages
    }

    func read(_ document: PDFDocument, pages numbers: [Int]) throws -> [Page] {
        var out: [Page] = []
        out.reserveCapacity(numbers.count)
        for number in numbers {
            let pdfPage = try document.page(number)
            let page = pdfPage.read()
            guard mode.wants(page) else { out.append(page); continue }
            let engine = try self.engine ?? TesseractEngine(languages: languages)
            self.engine = engine
            out.append(try readByOCR(pdfPage, page, fonts: document.fonts, engine: engine))
        }
        return out
    }

    /// The page read from its image, then the cells of its ruled tables read one by one.
    private func readByOCR(_ pdfPage: PDFPage, _ page: Page, fonts: [Font], engine: TesseractEngine) throws -> Page {
        let reading = try pdfPage.readByOCR(page, dpi: dpi, engine: engine)
        let cells = TableCellPlan.cells(of: TableFinder().findTables(on: reading.page, fonts: fonts))
        guard !cells.isEmpty else { return reading.page }
        return try RasterCellReader().reread(reading, cells: cells, engine: engine, fontIndex: pdfPage.recognisedFont)
    }
}

/// The OCR options `extract` and `inspect` share.
struct OCROptions: ParsableArguments {
    @Option(help: "Read pages by recognising their image: auto (pages with images and no text layer), always, never.")
    var ocr: OCRMode = .auto

    @Option(help: "Resolution pages are rendered at for OCR.")
    var ocrDpi: Double = 300

    @Option(help: "Tesseract languages for OCR, joined by +.")
    var ocrLanguages: String = "chi_sim+eng"

    func reading() -> PageReading {
        PageReading(mode: ocr, dpi: ocrDpi, languages: ocrLanguages)
    }

    /// The same options as `extract` arguments, for a batch's workers.
    var arguments: [String] {
        ["--ocr", ocr.rawValue, "--ocr-dpi", String(ocrDpi), "--ocr-languages", ocrLanguages]
    }

    /// `extract` checks the resolution itself, naming the file; a batch checks it up front.
    func checkForBatch() throws {
        guard ocrDpi >= 50 && ocrDpi <= 1200 else {
            throw ValidationError("--ocr-dpi must be from 50 to 1200")
        }
    }
}
