import ArgumentParser
import Batch
import Foundation
import OCRReader
import PageModel
import PopplerReader
import Report

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the structure of one PDF as JSON.",
        discussion: "Errors are reported as one line on standard error naming the file and the cause; see `gongkai --help` for the exit codes."
    )

    @Argument(help: "The PDF to read; - reads it from standard input.")
    var file: String

    @Option(name: .shortAndLong, help: "Write the JSON here (atomically; a device or FIFO directly, a symbolic link's target) instead of to standard output.")
    var output: String?

    @Option(help: "Password of an encrypted PDF.")
    var password: String?

    @Option(help: "Pages to extract, e.g. 3-7, 5, 1,3-4 or 10- (default: all).")
    var pages: String?

    @Flag(help: "Add each page's characters, lines, rulings and fills, and the font table.")
    var geometry = false

    @Flag(help: "Indent the JSON for reading.")
    var pretty = false

    @OptionGroup var ocr: OCROptions

    @OptionGroup(title: "Read limits") var readLimits: ReadLimitOptions

    @Option(help: "Also write one CSV per table (t1.csv …) and line_items.csv into this folder.")
    var csv: String?

    func run() throws {
        Worker.endWithBatch()
        // Standard error carries only our one-line messages, not poppler's complaints.
        PDFDocument.silencePoppler()
        do {
            let report = try extract()
            try write(try ReportEncoder.encode(report, pretty: pretty))
            if let csv { try writeCSV(report, into: csv) }
        } catch let error as ReaderError {
            throw fail(error.description, .init(error.kind))
        } catch let error as OCRError {
            throw fail("\(file): \(error.description)", .ocrUnavailable)
        }
    }

    func extract() throws -> Report {
        // Parsed here rather than by the argument parser so the error is one line naming the file.
        let selection = try pages.map { text in
            guard let parsed = PageSelection(argument: text) else {
                throw fail("\(file): invalid --pages \"\(text)\" (expected e.g. 3-7, 5, 1,3-4 or 10-)", .usage)
            }
            return parsed
        }
        if let password, password.utf8.count > PDFDocument.maximumPasswordBytes {
            throw fail("\(file): invalid --password: \(PDFDocument.passwordTooLongDetail(password))", .usage)
        }
        let document = try PDFDocument(path: file, password: password)
        var numbers = Array(1...document.pageCount)
        if let selection {
            switch selection.pages(of: document.pageCount) {
            case .success(let chosen): numbers = chosen
            case .failure(let out):
                throw ReaderError(.pageOutOfRange, file: file, page: out.page,
                                  detail: "no such page (the document has \(document.pageCount))")
            }
        }
        guard ocr.ocrDpi >= 50 && ocr.ocrDpi <= 1200 else {
            throw fail("\(file): invalid --ocr-dpi \(ocr.ocrDpi) (expected 50 to 1200)", .usage)
        }
        let read = try ocr.reading(limits: readLimits.limits).read(document, pages: numbers)
        let source = Source(file: file, data: document.data, pageCount: document.pageCount,
                            pagesExtracted: pages == nil && read.count == numbers.count ? nil : read.map(\.number))
        return ReportBuilder(options: .init(geometry: geometry))
            .build(source: source, pages: read, fonts: document.fonts,
                   rulingsAvailable: PDFPage.canReadRulings, info: document.info)
    }

    func write(_ data: Data) throws {
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try OutputFile.write(data, to: output)
        } catch {
            throw fail("\(output): cannot write output (\(error))", .outputFailed)
        }
    }

    func writeCSV(_ report: Report, into folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for file in CSVExporter.files(for: report) {
                try OutputFile.write(file.data, to: (folder as NSString).appendingPathComponent(file.name))
            }
        } catch let error as OutputFile.Failure {
            throw fail("\(folder): cannot write CSV files (\(error))", .outputFailed)
        } catch {
            throw fail("\(folder): cannot write CSV files (\(error.localizedDescription))", .outputFailed)
        }
    }

    func fail(_ message: String, _ status: ExitStatus) -> ExitCode {
        FileHandle.standardError.write(Data("gongkai: \(message)\n".utf8))
        return status.exitCode
    }
}
