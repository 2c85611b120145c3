import PageModel

/// The reading structure of a document: its sections, body text, outline and what it says
/// about itself.
package struct DocumentStructure: Sendable, Hashable {
    package struct Heading: Sendable, Hashable {
        package var level: Int
        /// As printed, or nil for an unnumbered heading (a centred title, 附件1 …).
        package var numbering: String?
        package var title: String
        package var page: Int
        package var box: Rect
    }

    package struct Paragraph: Sendable, Hashable {
        package var text: String
        /// The page it starts on.
        package var page: Int
        /// Index into `headings` of the section it belongs to.
        package var heading: Int?
        package var box: Rect
    }

    /// An entry of the printed table of contents.
    package struct OutlineEntry: Sendable, Hashable {
        package var level: Int?
        package var numbering: String?
        package var title: String
        /// The page number as printed, when the entry has one.
        package var printedPage: Int?
        /// The physical page it maps to, when page labels are known.
        package var page: Int?
    }

    package struct Metadata: Sendable, Hashable {
        package var title: String?
        package var organization: String?
        package var fiscalYear: Int?
        package var reportKind: String?
        /// ISO date.
        package var publishedOn: String?

        package init() {}
    }

    package var headings: [Heading] = []
    package var paragraphs: [Paragraph] = []
    package var outline: [OutlineEntry] = []
    package var metadata = Metadata()
    /// Figure captions (图1：…), with their pages: not body text.
    package var figureCaptions: [(text: String, page: Int, box: Rect)] = []
    /// Printed page label of each physical page, from the page-number footers.
    package var pageLabels: [Int: String] = [:]
    /// Lines dropped as running headers, footers and page numbers.
    package var furnitureLineCount = 0

    package init() {}

    package static func == (a: DocumentStructure, b: DocumentStructure) -> Bool {
        a.headings == b.headings && a.paragraphs == b.paragraphs && a.outline == b.outline
            && a.metadata == b.metadata && a.pageLabels == b.pageLabels
            && a.figureCaptions.map(\.text) == b.figureCaptions.map(\.text)
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(headings)
        hasher.combine(paragraphs)
    }
}
