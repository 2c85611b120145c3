/// How much one extraction may read, so that a hostile or broken file costs bounded time and
/// memory: a page past a limit is cut short (`PageCut`) and the rest of the document goes on.
///
/// The defaults sit well above what real reports print (a dense A3 annex page has about 15,000
/// characters and a few thousand paths) and below what makes poppler's text coalescing, which is
/// quadratic in overlapping characters, take more than a few seconds (50,000 characters drawn
/// over each other: under a second; 100,000 on one spot: about 5 s).
public struct ReadLimits: Sendable, Equatable {
    /// Characters of one page's text layer.
    public var charactersPerPage: Int
    /// Strokes and fills of one page copied for ruling detection.
    public var pathsPerPage: Int
    /// Rulings kept on one page.
    public var rulingsPerPage: Int
    /// Pages read from one document (the first ones of the selection).
    public var pagesPerDocument: Int
    /// Seconds poppler may spend drawing one page; what it draws after that is not read (the
    /// content is still interpreted, but its characters and paths are dropped as they come).
    public var secondsPerPage: Double
    /// Pixels of one page's image (rendered for OCR, or drawn by `inspect` and `review`); a page
    /// that would have more at the chosen resolution is rendered at a lower one, so a page box of
    /// any size costs bounded memory. A4 at 300 dpi is 8.7 million, A3 at 600 dpi 70 million.
    public var pixelsPerPage: Int
    /// Seconds recognition of one page's image may take (rendering, the page and its cells);
    /// what is not recognised by then is not read. Far above what a page costs (a few seconds),
    /// so a busy machine gives the same output as an idle one; it stops only a runaway.
    public var ocrSecondsPerPage: Double

    public static let standard = ReadLimits(
        charactersPerPage: 50_000, pathsPerPage: 200_000,
        rulingsPerPage: 20_000, pagesPerDocument: 10_000,
        secondsPerPage: 20)

    /// The OCR limits' defaults are the standard ones.
    public init(
        charactersPerPage: Int, pathsPerPage: Int, rulingsPerPage: Int,
        pagesPerDocument: Int, secondsPerPage: Double, pixelsPerPage: Int = 100_000_000,
        ocrSecondsPerPage: Double = 300
    ) {
        self.charactersPerPage = charactersPerPage
        self.pathsPerPage = pathsPerPage
        self.rulingsPerPage = rulingsPerPage
        self.pagesPerDocument = pagesPerDocument
        self.secondsPerPage = secondsPerPage
        self.pixelsPerPage = pixelsPerPage
        self.ocrSecondsPerPage = ocrSecondsPerPage
    }

    /// The limits by name, as the command line spells them, for messages.
    public enum Kind: String, Sendable, CaseIterable {
        case charactersPerPage = "max-characters"
        case pathsPerPage = "max-paths"
        case rulingsPerPage = "max-rulings"
        case pagesPerDocument = "max-pages"
        case secondsPerPage = "max-page-seconds"
        case pixelsPerPage = "max-ocr-pixels"
        case ocrSecondsPerPage = "max-ocr-seconds"
    }

    /// The resolution to render a page of `width` × `height` points at: `dpi`, or lower if the
    /// image would have more than `pixelsPerPage` pixels. Whole dots per inch, so the output is
    /// stable; a degenerate page counts as one point square.
    package func resolution(_ dpi: Double, width: Double, height: Double) -> Double {
        let area = max(width, 1) * max(height, 1) / (72 * 72)
        guard area * dpi * dpi > Double(pixelsPerPage) else { return dpi }
        return max(1, (Double(pixelsPerPage) / area).squareRoot().rounded(.down))
    }

    /// The first pages of `numbers` within `pagesPerDocument`, and a cut for the last of them
    /// naming the pages left out (nil when all fit).
    package func pagesToRead(_ numbers: [Int]) -> (read: [Int], cut: PageCut?) {
        guard numbers.count > pagesPerDocument, pagesPerDocument > 0 else { return (numbers, nil) }
        let read = Array(numbers.prefix(pagesPerDocument))
        let skipped = numbers.count - read.count
        return (
            read,
            PageCut(
                .pagesPerDocument, limit: Double(pagesPerDocument),
                what: "the \(skipped) pages after it (from page \(numbers[read.count])) were not read")
        )
    }
}

/// One limit a page went past, and what was left out because of it.
package struct PageCut: Sendable, Equatable {
    package var kind: ReadLimits.Kind
    package var limit: Double
    /// What was left out, in words (e.g. "its text (140000 characters) was not read").
    package var what: String

    package init(_ kind: ReadLimits.Kind, limit: Double, what: String) {
        self.kind = kind
        self.limit = limit
        self.what = what
    }

    /// "the limit of 100000 characters per page (--max-characters)".
    package var limitDescription: String {
        let amount = limit == limit.rounded() ? String(Int(limit)) : String(limit)
        let unit =
            switch kind {
            case .charactersPerPage: "characters per page"
            case .pathsPerPage: "paths per page"
            case .rulingsPerPage: "rulings per page"
            case .pagesPerDocument: "pages per document"
            case .secondsPerPage: "seconds per page"
            case .pixelsPerPage: "pixels per page image"
            case .ocrSecondsPerPage: "seconds of OCR per page"
            }
        return "the limit of \(amount) \(unit) (--\(kind.rawValue))"
    }
}
