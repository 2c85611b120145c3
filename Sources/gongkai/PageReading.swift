import ArgumentParser
import OCRReader
import PageModel
import PopplerReader

/// Reads a document's pages, through OCR where `mode` asks for it. The engine is started only
/// when a page needs it, so born-digital files never load Tesseract.
final class PageReading {
    let mode: OCRMode
    let dpi: Double
    let languages: String
    let limits: ReadLimits
    private var engine: TesseractEngine?

    init(mode: OCRMode, dpi: Double, languages: String, limits: ReadLimits = .standard) {
        self.mode = mode
        self.dpi = dpi
        self.languages = languages
        self.limits = limits
    }

    func read(_ document: PDFDocument, pages numbers: [Int]) throws -> [Page] {
        let (chosen, documentCut) = limits.pagesToRead(numbers)
        var out: [Page] = []
        out.reserveCapacity(chosen.count)
        for number in chosen {
            let pdfPage = try document.page(number)
            let page = pdfPage.read(limits: limits)
            // A page cut short is not rendered again for OCR.
            guard mode.wants(page), page.cuts.isEmpty else { out.append(page); continue }
            let engine = try self.engine ?? TesseractEngine(languages: languages)
            self.engine = engine
            out.append(try pdfPage.readByOCR(page, dpi: dpi, engine: engine))
        }
        if let documentCut, !out.isEmpty { out[out.count - 1].cuts.append(documentCut) }
        return out
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

    func reading(limits: ReadLimits = .standard) -> PageReading {
        PageReading(mode: ocr, dpi: ocrDpi, languages: ocrLanguages, limits: limits)
    }
}
