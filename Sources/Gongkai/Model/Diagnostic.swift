/// A problem found while reading a document that did not stop it: what, where, how bad.
public struct Diagnostic: Codable, Sendable, Equatable {
    public enum Severity: String, Codable, Sendable {
        case info, warning, error
    }

    public enum Code: String, Codable, Sendable {
        /// The page has neither text nor drawings.
        case blankPage = "blank_page"
        /// The page has images but no text layer: a scan, whose text is not extracted.
        case noTextLayer = "no_text_layer"
        /// The page's text and rulings were recognised from its image (OCR), with what confidence.
        case ocrPage = "ocr_page"
        /// Characters whose font maps them to private-use or replacement code points.
        case unmappedCharacters = "unmapped_characters"
        /// Rulings could not be read in this process (the cairo tap is not in effect).
        case rulingsUnavailable = "rulings_unavailable"
        /// A table-of-contents entry with no heading of that number and title in the body.
        case outlineEntryUnmatched = "outline_entry_unmatched"
        /// Printed amounts of an annex table that do not add up.
        case arithmeticMismatch = "arithmetic_mismatch"
        /// A scorecard's printed total is not its indicator scores (or weights) plus the budget's.
        case scorecardTotalMismatch = "scorecard_total_mismatch"
        /// A scorecard indicator, or its budget, scored more than its weight.
        case scorecardScoreAboveWeight = "scorecard_score_above_weight"
        /// A column that reads as amounts except for some cells, read as labels instead.
        case amountColumnDemoted = "amount_column_demoted"
        /// Characters poppler gives in the page text without a position: left out.
        case charactersWithoutBoxes = "characters_without_boxes"
        /// A table whose caption (title, form code, unit line) could not be read.
        case captionUnread = "caption_unread"
        /// An annex table recognised only in part (a kind, but columns or rows without meaning).
        case tablePartlyRecognised = "table_partly_recognised"
        /// Title, organization or fiscal year could not be read, with the reason.
        case metadataIncomplete = "metadata_incomplete"
        /// A page box of zero or negative area, or beyond the PDF's size limit, replaced by a usable one.
        case pageBoxRepaired = "page_box_repaired"
        /// A page past one of the read limits (characters, paths, rulings, time, pages), cut short.
        case pageLimitReached = "page_limit_reached"
        /// Content the PDF library did not draw (form XObjects nested past its depth), so not read.
        case contentNotDrawn = "content_not_drawn"
        /// What the PDF library reported while opening the file or reading a page (a damaged
        /// cross-reference table, a broken content stream): how many messages, and the first.
        case readerMessages = "reader_messages"
    }

    public var severity: Severity
    public var code: Code
    @Nullable public var page: Int?
    public var message: String
    /// The table the problem is in, when it is in one (left out otherwise).
    public var table: String?
    /// The row of that table, when the problem is in one row (left out otherwise).
    public var row: Int?
    /// The column of that table, when the problem is in one cell (left out otherwise).
    public var col: Int?

    public init(
        _ severity: Severity, _ code: Code, page: Int?, table: String? = nil,
        row: Int? = nil, col: Int? = nil, message: String
    ) {
        self.severity = severity
        self.code = code
        self.page = page
        self.table = table
        self.row = row
        self.col = col
        self.message = message
    }

}
