import Batch
import Foundation
import Gongkai

/// The review of a batch: an index of its inputs (status, counts, diagnostics by kind, time),
/// sortable and filterable, failures first, each converted input linked to its document review
/// under `docs/`.
package struct BatchReview {
    /// The batch's output folder as the index names it.
    package var folder: String
    package var records: [ManifestRecord]
    /// Which pages of each document get an image.
    package var images: PageImages

    package struct Summary: Sendable, Equatable {
        package var documents = 0
        /// Inputs whose review could not be written fully, with the reason.
        package var notes: [String] = []
    }

    package init(folder: String, records: [ManifestRecord], images: PageImages) {
        self.folder = folder
        self.records = records
        self.images = images
    }

    /// Writes the site through `write`. `report` reads a record's output; `renderer` gives the
    /// page images of a record's PDF, or nil when the PDF is not at hand (the review is then
    /// written without images).
    package func write(
        to write: SiteWriter, report: (ManifestRecord) throws -> Report,
        renderer: (ManifestRecord) -> PageImageRenderer?
    ) throws -> Summary {
        var summary = Summary()
        var reviewed: [String: (review: String, kinds: [String: Int])] = [:]
        var rows: [BatchData.Row] = []
        try ReviewAssets.writeShared(to: write)
        for record in records {
            var row = BatchData.Row(
                path: record.path, status: record.status.rawValue, reason: record.reason, error: record.error,
                pages: record.pages, tables: record.tables, scorecards: record.scorecards,
                diagnostics: record.diagnostics, byKind: [:], seconds: record.seconds)
            if let output = record.output, !record.failed {
                if let done = reviewed[output] {
                    (row.review, row.byKind) = (done.review, done.kinds)
                } else {
                    do {
                        let loaded = try report(record)
                        let kinds = Dictionary(loaded.diagnostics.map { ($0.code.rawValue, 1) }, uniquingKeysWith: +)
                        let folder = Self.reviewFolder(for: output)
                        let note = try writeDocument(
                            loaded, record: record, into: folder, write: write, renderer: renderer)
                        if let note { summary.notes.append("\(record.path): \(note)") }
                        row.review = folder + "index.html"
                        row.byKind = kinds
                        row.note = note
                        reviewed[output] = (folder + "index.html", kinds)
                        summary.documents += 1
                    } catch let error as SiteFailure {
                        throw error.underlying
                    } catch {
                        row.note = "output not reviewed: \(error)"
                        summary.notes.append("\(record.path): \(row.note!)")
                    }
                }
            }
            rows.append(row)
        }
        let data = BatchData(folder: folder, rows: rows)
        try write("data.js", try ReviewAssets.script(assigning: "GONGKAI_BATCH", data))
        try write("index.html", Data(page(data).utf8))
        return summary
    }

    /// A failure to write the site, which stops the batch (unlike one unreadable input).
    struct SiteFailure: Error {
        var underlying: any Error
    }

    /// Writes one document's review; returns a note when its images could not be drawn.
    func writeDocument(
        _ report: Report, record: ManifestRecord, into folder: String, write: SiteWriter,
        renderer: (ManifestRecord) -> PageImageRenderer?
    ) throws -> String? {
        try withoutActuallyEscaping(write) { write in
            let inFolder: SiteWriter = { path, data in
                do { try write(folder + path, data) } catch { throw SiteFailure(underlying: error) }
            }
            return try writeDocument(report, record: record, inFolder: inFolder, renderer: renderer)
        }
    }

    func writeDocument(
        _ report: Report, record: ManifestRecord, inFolder: SiteWriter,
        renderer: (ManifestRecord) -> PageImageRenderer?
    ) throws -> String? {
        let folder = Self.reviewFolder(for: record.output ?? "")
        var review = DocumentReview(report: report, imagePages: images.pages(of: report))
        let depth = folder.split(separator: "/").count
        review.assetPrefix = String(repeating: "../", count: depth)
        review.indexLink = review.assetPrefix + "index.html"
        var note: String?
        let render: PageImageRenderer
        if review.imagePages.isEmpty {
            render = { _ in [:] }
        } else if let found = renderer(record) {
            render = found
        } else {
            note = "its PDF was not found, so the review has no page images"
            review.imagePages = []
            render = { _ in [:] }
        }
        do {
            try review.write(to: inFolder, rendering: render)
        } catch let error as SiteFailure {
            throw error
        } catch {
            // A page that cannot be rendered costs the images, not the review.
            review.imagePages = []
            try review.write(to: inFolder, rendering: { _ in [:] })
            note = "page images could not be drawn (\(error))"
        }
        return note
    }

    /// `a/b.json` → `docs/a/b/`.
    static func reviewFolder(for output: String) -> String {
        let stem = output.lowercased().hasSuffix(".json") ? String(output.dropLast(5)) : output
        return "docs/" + stem + "/"
    }

    func page(_ data: BatchData) -> String {
        ReviewAssets.html(
            title: "\(folder) · batch review", prefix: "", script: ReviewAssets.batchScript,
            body: """
                <header id="bar"><h1>Batch review</h1><span id="doc-file">\(HTML.escape(folder))</span></header>
                <main id="batch">
                  <section id="totals"></section>
                  <section id="chart"></section>
                  <section id="filters">
                    <input id="filter" type="search" placeholder="filter by path, reason or diagnostic" size="40">
                    <select id="status-filter" aria-label="status"><option value="">any status</option></select>
                    <span id="shown"></span>
                  </section>
                  <table id="files"><thead></thead><tbody></tbody></table>
                </main>
                <noscript>This index needs JavaScript (no network access: everything is in this folder).</noscript>
                """)
    }
}
