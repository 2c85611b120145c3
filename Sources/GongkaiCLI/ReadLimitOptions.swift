import ArgumentParser
import PageModel

/// The read limits as flags, shared by `extract`, `inspect` and `review`; the defaults are
/// `ReadLimits.standard`'s.
struct ReadLimitOptions: ParsableArguments {
    @Option(help: "Characters read from one page; the rest of a page with more is left out.")
    var maxCharacters = ReadLimits.standard.charactersPerPage

    @Option(help: "Strokes and fills of one page read for rulings.")
    var maxPaths = ReadLimits.standard.pathsPerPage

    @Option(help: "Rulings kept on one page.")
    var maxRulings = ReadLimits.standard.rulingsPerPage

    @Option(help: "Pages read from one document (the first of the selection).")
    var maxPages = ReadLimits.standard.pagesPerDocument

    @Option(help: "Seconds reading one page may take; what it draws after that is left out.")
    var maxPageSeconds = ReadLimits.standard.secondsPerPage

    @Option(
        help: "Pixels of one page's image (for OCR, inspect, review); a larger page is rendered at a lower resolution.")
    var maxOcrPixels = ReadLimits.standard.pixelsPerPage

    @Option(help: "Seconds OCR of one page may take; what is not recognised by then is left out.")
    var maxOcrSeconds = ReadLimits.standard.ocrSecondsPerPage

    var limits: ReadLimits {
        ReadLimits(
            charactersPerPage: maxCharacters, pathsPerPage: maxPaths, rulingsPerPage: maxRulings,
            pagesPerDocument: maxPages, secondsPerPage: maxPageSeconds, pixelsPerPage: maxOcrPixels,
            ocrSecondsPerPage: maxOcrSeconds)
    }

    func validate() throws {
        guard maxCharacters > 0, maxPaths > 0, maxRulings > 0, maxPages > 0, maxPageSeconds > 0, maxOcrPixels > 0,
            maxOcrSeconds > 0
        else {
            throw ValidationError(
                "--max-characters, --max-paths, --max-rulings, --max-pages, --max-page-seconds, --max-ocr-pixels and --max-ocr-seconds must be positive"
            )
        }
    }
}
