import Foundation
import Gongkai

/// What the review page script of one document reads (as `data.js`): the report's structure
/// regrouped by page and by table, with each diagnostic's place resolved.
struct DocumentData: Encodable {
    struct Page: Encodable {
        var number: Int
        var width: Double
        var height: Double
        /// The image beside the page's data, when it was rendered.
        var image: String?
        /// The printed page number, when the footers tell.
        var label: String?
    }

    struct TableEntry: Encodable {
        var table: Table
        var lineItems: [LineItemRecord]
        var scorecard: ScorecardRecord?
        /// The table's grid as CSV (what `extract --csv` writes, without the byte order mark).
        var csv: String

        enum CodingKeys: String, CodingKey {
            case table, scorecard, csv
            case lineItems = "line_items"
        }
    }

    struct PlacedDiagnostic: Encodable {
        var diagnostic: Diagnostic
        /// Where it is drawn on its page; nil for the whole page or document.
        var bbox: [Double]?

        enum CodingKeys: String, CodingKey { case bbox }

        /// The diagnostic's own fields with `bbox` beside them.
        func encode(to encoder: any Encoder) throws {
            try diagnostic.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(bbox, forKey: .bbox)
        }
    }

    var file: String
    var metadata: Metadata
    var pageCount: Int
    var pages: [Page]
    var headings: [Heading]
    var paragraphs: [Paragraph]
    var figures: [Figure]
    var tables: [TableEntry]
    var diagnostics: [PlacedDiagnostic]
    /// The batch index this review belongs to, relative to it; nil for a review of its own.
    var index: String?

    enum CodingKeys: String, CodingKey {
        case file, metadata, pages, headings, paragraphs, figures, tables, diagnostics, index
        case pageCount = "page_count"
    }

    init(report: Report, images: [Int: String], index: String?) {
        file = report.source.file
        metadata = report.metadata
        pageCount = report.source.pageCount
        let labels = Dictionary((report.pageLabels ?? []).map { ($0.page, $0.label) }, uniquingKeysWith: { a, _ in a })
        pages = report.pages.map {
            Page(
                number: $0.number, width: $0.width, height: $0.height, image: images[$0.number],
                label: labels[$0.number])
        }
        headings = report.headings
        paragraphs = report.paragraphs
        figures = report.figures
        let items = Dictionary(grouping: report.lineItems, by: \.table)
        let scorecards = Dictionary(report.scorecards.map { ($0.table, $0) }, uniquingKeysWith: { a, _ in a })
        let csv = Dictionary(CSVExporter.files(for: report).map { ($0.name, $0.data) }, uniquingKeysWith: { a, _ in a })
        tables = report.tables.map { table in
            let text = csv["\(table.id).csv"].map { String(decoding: $0, as: UTF8.self) } ?? ""
            return TableEntry(
                table: table, lineItems: items[table.id] ?? [], scorecard: scorecards[table.id],
                csv: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        }
        let byID = Dictionary(report.tables.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        diagnostics = report.diagnostics.map {
            PlacedDiagnostic(diagnostic: $0, bbox: DiagnosticPlacement.box(of: $0, in: byID))
        }
        self.index = index
    }
}
