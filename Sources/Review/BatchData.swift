import Batch

/// What the batch index script reads (as `data.js`): one row per input, failures first, and the
/// batch's totals.
struct BatchData: Encodable {
    struct Row: Encodable {
        var path: String
        var status: String
        var reason: String?
        var error: String?
        var pages: Int?
        var tables: Int?
        var scorecards: Int?
        var diagnostics: Int?
        /// Diagnostics of the output by code; empty when there is no readable output.
        var byKind: [String: Int]
        var seconds: Double
        /// The document's review, relative to the index.
        var review: String?
        /// Why a row has no review though it has an output (unreadable JSON …).
        var note: String?

        enum CodingKeys: String, CodingKey {
            case path, status, reason, error, pages, tables, scorecards, diagnostics, seconds, review, note
            case byKind = "by_kind"
        }
    }

    struct Totals: Encodable {
        var files = 0
        var failed = 0
        var pages = 0
        var tables = 0
        var scorecards = 0
        var diagnostics = 0
        var seconds = 0.0
        var byStatus: [String: Int] = [:]
        var byKind: [String: Int] = [:]

        enum CodingKeys: String, CodingKey {
            case files, failed, pages, tables, scorecards, diagnostics, seconds
            case byStatus = "by_status"
            case byKind = "by_kind"
        }

        mutating func add(_ row: Row) {
            files += 1
            if row.status == ManifestRecord.Status.failed.rawValue { failed += 1 }
            byStatus[row.status, default: 0] += 1
            // A duplicate's output is another row's: counted once.
            guard row.status != ManifestRecord.Status.duplicate.rawValue else { return }
            pages += row.pages ?? 0
            tables += row.tables ?? 0
            scorecards += row.scorecards ?? 0
            diagnostics += row.diagnostics ?? 0
            seconds += row.seconds
            for (kind, count) in row.byKind { byKind[kind, default: 0] += count }
        }
    }

    var folder: String
    var rows: [Row]
    var totals: Totals

    init(folder: String, rows: [Row]) {
        self.folder = folder
        // Failures first, then by path: the order a reader wants before sorting anything.
        self.rows = rows.sorted {
            let failed = ($0.status == "failed", $1.status == "failed")
            return failed.0 != failed.1 ? failed.0 : $0.path < $1.path
        }
        totals = Totals()
        for row in self.rows { totals.add(row) }
    }
}
