import PageModel

/// How `extract` reads a document. The defaults are what `gongkai extract` does without flags.
public struct ExtractionOptions: Sendable, Equatable {
    /// How image-only pages are read.
    public struct OCR: Sendable, Equatable {
        public var mode: OCRMode
        /// The resolution a page is rendered at for recognition, 50 to 1200.
        public var dpi: Double
        /// Tesseract languages joined by "+", e.g. "chi_sim+eng".
        public var languages: String

        public static let dpiRange: ClosedRange<Double> = 50...1200

        public init(mode: OCRMode = .auto, dpi: Double = 300, languages: String = "chi_sim+eng") {
            self.mode = mode
            self.dpi = dpi
            self.languages = languages
        }
    }

    /// Add each page's characters, lines, rulings and fills, and the font table.
    public var geometry: Bool
    public var ocr: OCR
    /// How much of a page and of a document is read, so a hostile file costs bounded time and
    /// memory; a page past a limit is cut short with a `page_limit_reached` diagnostic.
    public var limits: ReadLimits
    /// The longest one document may take; the extraction stops with `.timeLimitExceeded` at the
    /// first page that ends past it. Nil: no limit.
    public var timeLimit: Duration?

    public init(
        geometry: Bool = false, ocr: OCR = OCR(), limits: ReadLimits = .standard,
        timeLimit: Duration? = nil
    ) {
        self.geometry = geometry
        self.ocr = ocr
        self.limits = limits
        self.timeLimit = timeLimit
    }
}
