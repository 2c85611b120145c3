/// The JSON document `gongkai extract` writes. Field names and meanings follow the schema in
/// `schemas/`; the ones the contract fixes never change within a major version.
public struct Report: Codable, Sendable, Equatable {
    public var schemaVersion: String
    public var source: Source
    public var metadata: Metadata
    public var pages: [PageInfo]
    /// The document's font table; pages refer to it by index. Only with geometry.
    public var fonts: [FontInfo]?
    public var headings: [Heading]
    public var paragraphs: [Paragraph]
    /// The printed table of contents.
    public var outline: [OutlineEntry]
    /// Figure captions (图1：…).
    public var figures: [Figure]
    /// Printed page numbers read from the footers, where printed.
    public var pageLabels: [PageLabel]?
    public var tables: [Table]
    public var scorecards: [ScorecardRecord]
    /// Every amount of the standard annex tables, one per body row and amount column.
    public var lineItems: [LineItemRecord]
    public var diagnostics: [Diagnostic]

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case source, metadata, pages, fonts, headings, paragraphs, outline, figures, tables, scorecards, diagnostics
        case pageLabels = "page_labels"
        case lineItems = "line_items"
    }
}

public struct Source: Codable, Sendable, Equatable {
    /// The file's name without its folder ("-" for standard input).
    public var file: String
    public var sha256: String
    public var pageCount: Int
    /// The pages extracted when `--pages` chose some, else nil.
    public var pagesExtracted: [Int]?

    enum CodingKeys: String, CodingKey {
        case file, sha256
        case pageCount = "page_count"
        case pagesExtracted = "pages_extracted"
    }
}

public struct Metadata: Codable, Sendable, Equatable {
    @Nullable public var title: String?
    @Nullable public var organization: String?
    @Nullable public var fiscalYear: Int?
    @Nullable public var reportKind: String?
    @Nullable public var publishedOn: String?

    public init(
        title: String? = nil, organization: String? = nil, fiscalYear: Int? = nil,
        reportKind: String? = nil, publishedOn: String? = nil
    ) {
        self.title = title
        self.organization = organization
        self.fiscalYear = fiscalYear
        self.reportKind = reportKind
        self.publishedOn = publishedOn
    }

    enum CodingKeys: String, CodingKey {
        case title, organization
        case fiscalYear = "fiscal_year"
        case reportKind = "report_kind"
        case publishedOn = "published_on"
    }

}

public struct Heading: Codable, Sendable, Equatable {
    public var level: Int
    @Nullable public var numbering: String?
    public var title: String
    public var page: Int
    /// Its lines' box on its page.
    public var bbox: [Double]?

}

public struct Paragraph: Codable, Sendable, Equatable {
    public var text: String
    public var page: Int
    public var bbox: [Double]?
}

public struct OutlineEntry: Codable, Sendable, Equatable {
    @Nullable public var level: Int?
    @Nullable public var numbering: String?
    public var title: String
    @Nullable public var printedPage: Int?
    /// The physical page the printed number maps to, when the footers tell.
    @Nullable public var page: Int?

    enum CodingKeys: String, CodingKey {
        case level, numbering, title, page
        case printedPage = "printed_page"
    }

}

public struct Figure: Codable, Sendable, Equatable {
    public var caption: String
    public var page: Int
    /// The caption line's box.
    public var bbox: [Double]?
}

public struct PageLabel: Codable, Sendable, Equatable {
    public var page: Int
    public var label: String
}
