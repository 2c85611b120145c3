import TestSupport
import Foundation
import Gongkai

/// What `gongkai extract --geometry --ocr never` does, through the library's entry point: read
/// every page, build the report, encode it. OCR stays off so the goldens record the text layer and
/// do not depend on the Tesseract installed (OCR has tests of its own).
enum Pipeline {
    static func report(_ sample: ManifestEntry) throws -> Report {
        try Gongkai.extract(
            pdfAt: URL(fileURLWithPath: Samples.path(sample.file)), password: sample.password,
            options: ExtractionOptions(geometry: true, ocr: .init(mode: .never)))
    }

    static func json(_ sample: ManifestEntry) throws -> Data {
        try ReportEncoder.encode(report(sample), pretty: true)
    }

    /// The samples that open: every manifest row with pages.
    static func readableSamples() throws -> [ManifestEntry] {
        try Samples.manifest().filter { ($0.pageCount ?? 0) > 0 }
    }
}
