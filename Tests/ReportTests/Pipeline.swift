import TestSupport
import Foundation
import PageModel
import PopplerReader
import Report

/// What `gongkai extract --geometry` does, without the command line: read every page, build the
/// report, encode it.
enum Pipeline {
    static func report(_ sample: ManifestEntry) throws -> Report {
        let path = Samples.path(sample.file)
        let document = try PDFDocument(path: path, password: sample.password)
        let pages = try (1...document.pageCount).map { try document.page($0).read() }
        let source = Source(file: path, data: document.data, pageCount: document.pageCount)
        return ReportBuilder(options: .init(geometry: true))
            .build(source: source, pages: pages, fonts: document.fonts,
                   rulingsAvailable: PDFPage.canReadRulings, info: document.info)
    }

    static func json(_ sample: ManifestEntry) throws -> Data {
        try ReportEncoder.encode(report(sample), pretty: true)
    }

    /// The samples that open: every manifest row with pages.
    static func readableSamples() throws -> [ManifestEntry] {
        try Samples.manifest().filter { ($0.pageCount ?? 0) > 0 }
    }
}
