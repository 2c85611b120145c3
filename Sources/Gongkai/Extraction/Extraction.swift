import Foundation
import OCRReader
import PageModel
import PopplerReader

/// One document opened, read and analysed: the pipeline behind `extract`, kept whole for the
/// package's own commands that also draw on the pages (`inspect` renders them).
package struct Extraction {
    package let document: PDFDocument
    /// The pages read, in the order chosen.
    package let pages: [Page]
    package let report: Report

    /// Reads the file at `path` ("-": standard input) and extracts the chosen pages.
    package init(
        path: String, password: String?, pages selection: PageSelection?,
        options: ExtractionOptions, progress: PageProgress? = nil
    ) throws(ExtractionError) {
        let data: Data
        do {
            data = try PDFDocument.readBytes(path)
        } catch {
            throw ExtractionError(error)
        }
        try self.init(
            data: data, file: path, password: password, pages: selection, options: options, progress: progress)
    }

    /// Opens `data` (named `file` in errors and in `source.file`) and extracts the chosen pages.
    package init(
        data: Data, file: String, password: String?, pages selection: PageSelection?,
        options: ExtractionOptions, progress: PageProgress? = nil
    ) throws(ExtractionError) {
        guard ExtractionOptions.OCR.dpiRange.contains(options.ocr.dpi) else {
            throw ExtractionError(
                .invalidOption, file: file,
                detail: "OCR resolution \(options.ocr.dpi) dpi is outside \(Self.dpiRangeText)")
        }
        let started = ContinuousClock.now
        do {
            document = try PDFDocument(data: data, file: file, password: password)
        } catch {
            throw ExtractionError(error)
        }
        let numbers = try Self.pageNumbers(selection, of: document, file: file)
        let (chosen, documentCut) = options.limits.pagesToRead(numbers)
        let reading = PageReading(ocr: options.ocr, limits: options.limits)
        var read: [Page] = []
        read.reserveCapacity(chosen.count)
        for (done, number) in chosen.enumerated() {
            do {
                read.append(try reading.read(try document.page(number), fonts: document.fonts))
            } catch let error as ReaderError {
                throw ExtractionError(error)
            } catch let error as OCRError {
                throw ExtractionError(error, file: file, page: number)
            } catch {
                throw ExtractionError(.damaged, file: file, page: number, detail: "\(error)")
            }
            progress?(done + 1, chosen.count)
            if let limit = options.timeLimit, ContinuousClock.now - started > limit {
                throw ExtractionError(
                    .timeLimitExceeded, file: file, page: number,
                    detail: "stopped after this page: the time limit of \(limit) was reached")
            }
        }
        if let documentCut, !read.isEmpty { read[read.count - 1].cuts.append(documentCut) }
        pages = read
        let source = Source(
            file: file, data: data, pageCount: document.pageCount,
            pagesExtracted: selection == nil && read.count == numbers.count ? nil : read.map(\.number))
        report = ReportBuilder(options: .init(geometry: options.geometry))
            .build(
                source: source, pages: read, fonts: document.fonts,
                rulingsAvailable: PDFPage.canReadRulings, info: document.info,
                openingMessages: document.openingMessages)
    }

    static var dpiRangeText: String {
        let range = ExtractionOptions.OCR.dpiRange
        return "\(Int(range.lowerBound)) to \(Int(range.upperBound))"
    }

    private static func pageNumbers(
        _ selection: PageSelection?, of document: PDFDocument,
        file: String
    ) throws(ExtractionError) -> [Int] {
        guard let selection else { return Array(1...document.pageCount) }
        switch selection.pages(of: document.pageCount) {
        case .success(let chosen): return chosen
        case .failure(let out):
            throw ExtractionError(
                .pageOutOfRange, file: file, page: out.page,
                detail: "no such page (the document has \(document.pageCount))")
        }
    }
}
