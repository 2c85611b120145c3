import PageModel

/// The reading structure of a document: its sections, body text, outline and what it says
/// about itself.
public struct DocumentStructure: Sendable, Hashable {
    public struct Heading: Sendable, Hashable {
        public var level: Int
        /// As printed, or nil for an unnumbered heading (a centred title, 附件1 …).
        public var numbering: String?
        public var title: String
        public var page: Int
        public var box: Rect
    }

    public struct Paragraph: Sendable, Hashable {
        public var text: String
        /// The page it starts on.
        public var page: Int
        /// Index into `headings` of the section it belongs to.
        public var heading: Int?
        public var box: Rect
    }

    /// An entry of the printed table of contents.
    public struct OutlineEntry: Sendable, Hashable {
        public var level: Int?
        public var numbering: String?
        public var title: String
        /// The page number as printed, when the entry has one.
        public var printedPage: Int?
        /// The physical page it maps to, when page labels are known.
        public var page: Int?
    }

    public struct Metadata: Sendable, Hashable {
        public var title: String?
        public var organization: String?
        public var fiscalYear: Int?
        public var reportKind: String?
        /// ISO date.
        public var publishedOn: String?

        public init() {}
    }

    public var headings: [Heading] = []
    public var paragraphs: [Paragraph] = []
    public var outline: [OutlineEntry] = []
    public var metadata = Metadata()
    /// Figure captions (图1：…), with their pages: not body text.
    public var figureCaptions: [(text: String, page: Int, box: Rect)] = []
    /// Printed page label of each physical page, from the page-number footers.
    public var pageLabels: [Int: String] = [:]
    /// Lines dropped as running headers, footers and page numbers.
    public var furnitureLineCount = 0

    public init() {}

    public static func == (a: DocumentStructure, b: DocumentStructure) -> Bool {
        a.headings == b.headings && a.paragraphs == b.paragraphs && a.outline == b.outline
            && a.metadata == b.metadata && a.pageLabels == b.pageLabels
            && a.figureCaptions.map(\.text) == b.figureCaptions.map(\.text)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(headings)
        hasher.combine(paragraphs)
    }
}
