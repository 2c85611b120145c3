import ArgumentParser
import Foundation
import Gongkai
import PageModel
import PopplerReader

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Render one page with what was found drawn over it: rulings, cell grid, table ids."
    )

    @Argument(help: "The PDF to read.")
    var file: String

    @Option(help: "The page to render (from 1).")
    var page: Int

    @Option(name: .shortAndLong, help: "Where to write the PNG.")
    var output: String

    @Option(help: "Password of an encrypted PDF.")
    var password: String?

    @OptionGroup var ocr: OCRArguments

    @OptionGroup(title: "Read limits") var readLimits: ReadLimitOptions

    @Option(help: "Pixels per point.")
    var scale: Double = 2

    static let rulingColor = [0.9, 0.1, 0.1, 0.8]
    static let cellColor = [0.1, 0.3, 0.9, 0.7]
    static let labelColor = [0.0, 0.55, 0.1, 1]

    func run() throws {
        // Standard error carries only our one-line messages, not poppler's complaints.
        PDFDocument.silencePoppler()
        let png: Data
        do {
            // Table ids are numbered over the whole document, so every page is analysed.
            let extraction = try Extraction(
                path: file, password: password, pages: nil,
                options: ExtractionOptions(
                    ocr: try ocr.options(file: file),
                    limits: readLimits.limits))
            let target = try extraction.document.page(page)
            // The page is past --max-pages when it is not among those read: drawn without overlays.
            let analysed = extraction.pages.first { $0.number == page } ?? Page(number: page, width: 0, height: 0)
            png = try target.pngData(
                scale: scale, limits: readLimits.limits, overlays: overlays(analysed, extraction.report))
        } catch let error as ExtractionError {
            throw fail(error)
        } catch let error as ReaderError {
            throw fail(ExtractionError(error))
        }
        do {
            try OutputFile.write(png, to: output)
        } catch {
            FileHandle.standardError.write(Data("gongkai: \(output): cannot write the image (\(error))\n".utf8))
            throw ExitStatus.outputFailed.exitCode
        }
    }

    func fail(_ error: ExtractionError) -> ExitCode {
        FileHandle.standardError.write(Data("gongkai: \(ExitStatus.message(for: error))\n".utf8))
        return ExitStatus(error.kind).exitCode
    }

    func overlays(_ page: Page, _ report: Report) -> [Overlay] {
        var out = page.rulings.map { ruling in
            Overlay(
                .line(x0: ruling.x0, y0: ruling.top, x1: ruling.x1, y1: ruling.bottom),
                color: Self.rulingColor, width: max(ruling.width, 0.6))
        }
        for table in report.tables where table.pages.contains(page.number) {
            let cells = table.cells.filter { $0.page == page.number }
            out += cells.map { cell in
                Overlay(
                    .box(
                        Rect(
                            x0: cell.bbox[0] + 1, top: cell.bbox[1] + 1,
                            x1: cell.bbox[2] - 1, bottom: cell.bbox[3] - 1)),
                    color: Self.cellColor, width: 0.8)
            }
            if let first = cells.first {
                let left = cells.map { $0.bbox[0] }.min() ?? first.bbox[0]
                let top = cells.map { $0.bbox[1] }.min() ?? first.bbox[1]
                out.append(
                    Overlay(
                        .label("\(table.id) \(table.detection)", x: left, y: top - 3),
                        color: Self.labelColor, width: 9))
            }
        }
        return out
    }
}
