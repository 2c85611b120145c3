import Foundation
import Testing
@testable import Batch

@Suite("Progress display and output summaries")
struct ProgressAndSummaryTests {
    /// Collects what a reporter writes.
    final class Sink: Sendable {
        let text = Locked("")
        func write(_ piece: String) { text.withLock { $0 += piece } }
        var value: String { text.withLock { $0 } }
    }

    func record(_ status: ManifestRecord.Status, pages: Int? = nil) -> ManifestRecord {
        ManifestRecord(
            path: "in/a.pdf", status: status, pages: pages, reason: status == .failed ? "damaged" : nil,
            error: status == .failed ? "damaged PDF" : nil, schemaVersion: "1.0.0")
    }

    @Test func barShowsCountsRateFailuresAndTimeLeft() {
        var state = ProgressReporter.State()
        state.total = 10
        state.done = 4
        state.failed = 1
        state.pages = 120
        state.started = Date().addingTimeInterval(-10)
        state.bytesToConvert = 1000
        state.bytesConverted = 400
        let bar = ProgressReporter.bar(state)
        #expect(bar.hasPrefix("[#########---------------] 4/10 files"))
        #expect(bar.contains("12.0 pages/s"))
        #expect(bar.contains("1 failed"))
        #expect(bar.contains("about 15s left"))
    }

    @Test func quietWritesNothing() {
        let sink = Sink()
        let reporter = ProgressReporter(style: .quiet, write: sink.write)
        reporter.begin(total: 2, converting: 2, bytes: 10)
        reporter.finished(record(.failed), bytes: 5)
        reporter.tick()
        #expect(sink.value.isEmpty)
    }

    @Test func linesModeNamesFailuresAndPrintsPlainLines() {
        let sink = Sink()
        let reporter = ProgressReporter(style: .lines(every: 0), write: sink.write)
        reporter.begin(total: 2, converting: 2, bytes: 10)
        reporter.finished(record(.converted, pages: 3), bytes: 5)
        reporter.finished(record(.failed), bytes: 5)
        reporter.tick()
        let text = sink.value
        #expect(text.contains("gongkai: in/a.pdf: damaged PDF\n"))
        #expect(text.contains("gongkai batch: 2/2 files"))
        #expect(!text.contains("\r"), "no terminal control characters in a log")
    }

    @Test func summaryCountsArraysOfAnOutput() throws {
        let json = """
            {"schema_version":"1.0.0","source":{"file":"a.pdf","sha256":"ab","page_count":3},
             "pages":[{"number":1},{"number":2}],"tables":[{"id":"t1","cells":[]}],"scorecards":[],
             "diagnostics":[{"code":"blank_page"},{},{}],"headings":[]}
            """
        let summary = try JSONDecoder().decode(OutputSummary.self, from: Data(json.utf8))
        #expect(
            summary
                == OutputSummary(
                    schemaVersion: "1.0.0", sha256: "ab", pages: 2, tables: 1, scorecards: 0, diagnostics: 3))
        #expect(summary.isCurrent(sha256: "ab", schemaVersion: "1.0.0"))
        #expect(!summary.isCurrent(sha256: "ab", schemaVersion: "1.1.0"))
    }

    @Test func truncatedOutputIsNotASummary() {
        #expect(throws: (any Error).self) {
            try JSONDecoder().decode(OutputSummary.self, from: Data(#"{"schema_version":"1.0.0","source":{"sha2"#.utf8))
        }
    }
}
