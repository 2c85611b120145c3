import ArgumentParser
import Batch
import Foundation
import Gongkai
import PopplerReader
import Review

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Write a static HTML review of one PDF, or of a batch's outputs.",
        discussion: """
            `gongkai review FILE.pdf -o DIR` extracts FILE (or reads --report) and writes DIR/index.html: \
            each page as an image with its tables' cells, headings, paragraphs, figures and \
            diagnostics drawn over it, and beside it the tables as read (spans, title, unit, kind, \
            line items, failed checks; CSV to copy or save). Keys: ← → (or k j) page, p n table.

            `gongkai review --batch OUT -o SITE` reads OUT/manifest.jsonl and the JSON beside it and \
            writes SITE/index.html (one row per input, failures first, sortable and filterable, \
            diagnostics by kind) with each document's review under SITE/docs/. PDFs are looked up \
            by their manifest path, relative to --inputs-root. Only pages with diagnostics get an \
            image unless --all-pages is given.

            The site needs no server and no network: open index.html from the file system.
            Exit codes: as for extract, and \(ExitStatus.fileNotFound.rawValue) when the batch has \
            no manifest, \(ExitStatus.unreadable.rawValue) when --report is not a report, \
            \(ExitStatus.outputFailed.rawValue) when the site cannot be written.
            """
    )

    @Argument(help: "The PDF to review.")
    var file: String?

    @Option(
        help: ArgumentHelp("Review a batch output folder (with manifest.jsonl) instead of one PDF.", valueName: "dir"))
    var batch: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the site into this folder.", valueName: "dir"))
    var output: String

    @Option(help: ArgumentHelp("Use this extraction JSON instead of extracting FILE again.", valueName: "json"))
    var report: String?

    @Option(help: "Pages to review, e.g. 3-7, 5, 1,3-4 or 10- (default: all).")
    var pages: String?

    @Option(help: "Password of an encrypted PDF.")
    var password: String?

    @OptionGroup var ocr: OCRArguments

    @OptionGroup(title: "Read limits") var readLimits: ReadLimitOptions

    @Option(help: "Pixels per point of the page images.")
    var scale: Double = 1.25

    @Flag(help: "Which pages get an image (default: all of a document, those with diagnostics in a batch).")
    var images: PageImages?

    @Option(
        help: ArgumentHelp(
            "Folder the batch's manifest paths are relative to (default: the current folder).", valueName: "dir"))
    var inputsRoot: String?

    func validate() throws {
        if (file == nil) == (batch == nil) { throw ValidationError("name either a PDF or --batch DIR") }
        if batch != nil, report != nil || pages != nil {
            throw ValidationError("--report and --pages review one PDF, not a batch")
        }
        if report != nil, pages != nil {
            throw ValidationError("--pages chooses the pages to extract; a --report's pages are its own")
        }
        if !(scale > 0 && scale <= 8) { throw ValidationError("--scale must be above 0 and at most 8") }
    }

    func run() throws {
        PDFDocument.silencePoppler()
        let site = ReviewSite(folder: output)
        if let batch {
            try reviewBatch(batch, into: site)
        } else if let file {
            try reviewDocument(file, into: site)
        }
    }

    func reviewDocument(_ file: String, into site: ReviewSite) throws {
        do {
            let (report, data) = try reportAndBytes(file)
            let review = DocumentReview(report: report, imagePages: (images ?? .all).pages(of: report))
            let renderer = ConcurrentPageRenderer(
                file: file, data: data, password: password, scale: scale, limits: readLimits.limits)
            try site.writing { write in
                try review.write(to: write) { pages in try renderer.pngData(pages: pages, threads: Self.threads) }
            }
            FileHandle.standardError.write(Data("gongkai: wrote \(site.index)\n".utf8))
        } catch let error as ExtractionError {
            throw fail(ExitStatus.message(for: error), .init(error.kind))
        } catch let error as ReaderError {
            let error = ExtractionError(error)
            throw fail(ExitStatus.message(for: error), .init(error.kind))
        }
    }

    /// The report `extract` would write for FILE with the same options (or the --report given),
    /// and the PDF's bytes for the page images.
    func reportAndBytes(_ file: String) throws -> (Report, Data) {
        if let report {
            return (try Self.decodeReport(report), try PDFDocument(path: file, password: password).data)
        }
        let extraction = try Extraction(
            path: file, password: password,
            pages: try PageSelection.argument(pages, file: file),
            options: ExtractionOptions(ocr: try ocr.options(file: file), limits: readLimits.limits))
        return (extraction.report, extraction.document.data)
    }

    func reviewBatch(_ folder: String, into site: ReviewSite) throws {
        let manifestPath = (folder as NSString).appendingPathComponent(OutputLayout.manifest)
        guard FileManager.default.fileExists(atPath: manifestPath) else {
            throw fail("\(folder): no \(OutputLayout.manifest) (not a batch output folder?)", .fileNotFound)
        }
        let records: [ManifestRecord]
        do {
            records = try Manifest.read(manifestPath).records
        } catch {
            throw fail("\(manifestPath): cannot read (\(error.localizedDescription))", .unreadable)
        }
        let root = inputsRoot ?? FileManager.default.currentDirectoryPath
        let review = BatchReview(folder: folder, records: records, images: images ?? .withDiagnostics)
        let summary = try site.writing { write in
            try review.write(
                to: write,
                report: { record in
                    try Self.decodeReport((folder as NSString).appendingPathComponent(record.output ?? ""))
                },
                renderer: { record in
                    let path =
                        record.path.hasPrefix("/")
                        ? record.path : (root as NSString).appendingPathComponent(record.path)
                    guard let document = try? PDFDocument(path: path) else { return nil }
                    let renderer = ConcurrentPageRenderer(
                        file: path, data: document.data, password: nil, scale: scale, limits: readLimits.limits)
                    return { pages in try renderer.pngData(pages: pages, threads: Self.threads) }
                })
        }
        for note in summary.notes { FileHandle.standardError.write(Data("gongkai: \(note)\n".utf8)) }
        FileHandle.standardError.write(
            Data("gongkai: wrote \(site.index) (\(summary.documents) document reviews)\n".utf8))
    }

    /// Threads drawing page images: one per core.
    static let threads = ProcessInfo.processInfo.activeProcessorCount

    static func decodeReport(_ path: String) throws -> Report {
        do {
            return try JSONDecoder().decode(Report.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            FileHandle.standardError.write(Data("gongkai: \(path): not a readable report (\(error))\n".utf8))
            throw ExitStatus.unreadable.exitCode
        }
    }

    func fail(_ message: String, _ status: ExitStatus) -> ExitCode {
        FileHandle.standardError.write(Data("gongkai: \(message)\n".utf8))
        return status.exitCode
    }
}

extension PageImages: EnumerableFlag {
    package static func name(for value: PageImages) -> NameSpecification {
        switch value {
        case .all: .customLong("all-pages")
        case .withDiagnostics: .customLong("pages-with-diagnostics")
        case .none: .customLong("no-page-images")
        }
    }

    package static func help(for value: PageImages) -> ArgumentHelp? {
        switch value {
        case .all: "Render every page."
        case .withDiagnostics: "Render only the pages with a diagnostic."
        case .none: "Render no page (structure on blank paper)."
        }
    }
}
