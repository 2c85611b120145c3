import ArgumentParser
import Foundation
import Gongkai

extension OCRMode: ExpressibleByArgument {}

/// The OCR options `extract` and `inspect` share.
struct OCRArguments: ParsableArguments {
    @Option(help: "Read pages by recognising their image: auto (pages with images and no text layer), always, never.")
    var ocr: OCRMode = .auto

    @Option(help: "Resolution pages are rendered at for OCR.")
    var ocrDpi: Double = ExtractionOptions.OCR().dpi

    @Option(help: "Tesseract languages for OCR, joined by +.")
    var ocrLanguages: String = ExtractionOptions.OCR().languages

    /// The options, or a usage error naming the file when --ocr-dpi is out of range.
    func options(file: String) throws -> ExtractionOptions.OCR {
        let range = ExtractionOptions.OCR.dpiRange
        guard range.contains(ocrDpi) else {
            FileHandle.standardError.write(
                Data(
                    "gongkai: \(file): invalid --ocr-dpi \(ocrDpi) (expected \(Int(range.lowerBound)) to \(Int(range.upperBound)))\n"
                        .utf8))
            throw ExitStatus.usage.exitCode
        }
        return ExtractionOptions.OCR(mode: ocr, dpi: ocrDpi, languages: ocrLanguages)
    }

    /// The same options as `extract` arguments, for a batch's workers.
    var arguments: [String] {
        ["--ocr", ocr.rawValue, "--ocr-dpi", String(ocrDpi), "--ocr-languages", ocrLanguages]
    }

    /// `extract` checks the resolution itself, naming the file; a batch checks it up front.
    func checkForBatch() throws {
        let range = ExtractionOptions.OCR.dpiRange
        guard range.contains(ocrDpi) else {
            throw ValidationError("--ocr-dpi must be from \(Int(range.lowerBound)) to \(Int(range.upperBound))")
        }
    }
}
