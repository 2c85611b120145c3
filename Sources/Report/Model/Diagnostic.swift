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
    }

    public var severity: Severity
    public var code: Code
    @Nullable public var page: Int?
    public var message: String

    public init(_ severity: Severity, _ code: Code, page: Int?, message: String) {
        self.severity = severity
        self.code = code
        self.page = page
        self.message = message
    }

}
