import ArgumentParser
import Batch
import Foundation
import Gongkai
import PopplerReader

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the structure of one PDF as JSON.",
        discussion:
            "Errors are reported as one line on standard error naming the file and the cause; see `gongkai --help` for the exit codes."
    )

    @Argument(help: "The PDF to read; - reads it from standard input.")
    var file: String

    @Option(
        name: .shortAndLong,
        help:
            "Write the JSON here (atomically; a device or FIFO directly, a symbolic link's target) instead of to standard output."
    )
    var output: String?

    @Option(help: "Password of an encrypted PDF.")
    var password: String?

    @Option(help: "Pages to extract, e.g. 3-7, 5, 1,3-4 or 10- (default: all).")
    var pages: String?

    @Flag(help: "Add each page's characters, lines, rulings and fills, and the font table.")
    var geometry = false

    @Flag(help: "Indent the JSON for reading.")
    var pretty = false

    @OptionGroup var ocr: OCRArguments

    @Option(help: "Stop with exit 14 when the document takes longer than this many seconds.")
    var timeLimit: Double?

    @OptionGroup(title: "Read limits") var readLimits: ReadLimitOptions

    @Option(help: "Also write one CSV per table (t1.csv …) and line_items.csv into this folder.")
    var csv: String?

    @Flag(help: "Print a line to standard error as each page is read (progress: page N of M).")
    var progress = false

    func run() throws {
        Worker.endWithBatch()
        // Standard error carries only our one-line messages, not poppler's complaints.
        PDFDocument.silencePoppler()
        let report: Report
        let onPage: PageProgress? = progress ? { Self.printProgress($0, of: $1) } : nil
        do {
            report = try Extraction(
                path: file, password: password, pages: try PageSelection.argument(pages, file: file),
                options: try options(), progress: onPage
            ).report
        } catch let error as ExtractionError {
            throw fail(ExitStatus.message(for: error), ExitStatus(error.kind))
        }
        try write(try ReportEncoder.encode(report, pretty: pretty))
        if let csv { try writeCSV(report, into: csv) }
    }

    static func printProgress(_ done: Int, of count: Int) {
        FileHandle.standardError.write(Data("\(Worker.progressPrefix)page \(done) of \(count)\n".utf8))
    }

    func options() throws -> ExtractionOptions {
        if let timeLimit, !(timeLimit > 0) {
            throw fail("\(file): invalid --time-limit \(timeLimit) (expected a positive number of seconds)", .usage)
        }
        return ExtractionOptions(
            geometry: geometry, ocr: try ocr.options(file: file), limits: readLimits.limits,
            timeLimit: timeLimit.map { .nanoseconds(Int64(min($0, 1e9) * 1e9)) })
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
