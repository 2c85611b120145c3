import Foundation
import Gongkai

/// The review of one document: a static site showing each page with its structure drawn over it
/// and, beside it, the tables as read. Opens from the file system; no network, no framework.
///
/// Files: `index.html`, `data.js` (the report regrouped for the page script), `pages/pNNNN.png`
/// for the rendered pages, `csv/tN.csv` per table and the shared assets (`review.css`,
/// `review.js`). `index.html` is written last, so a review cut short has no page to open.
package struct DocumentReview {
    package var report: Report
    /// The pages to draw an image for; the others show their structure on blank paper.
    package var imagePages: Set<Int>
    /// Relative path from the review's folder to the folder holding the shared assets ("" when
    /// the review stands alone, "../../" inside a batch site).
    package var assetPrefix = ""
    /// Relative path from the review to the batch index it belongs to, if any.
    package var indexLink: String?

    package init(report: Report, imagePages: Set<Int>) {
        self.report = report
        self.imagePages = imagePages
    }

    /// Writes the review through `write`, rendering images with `render`.
    package func write(to write: SiteWriter, rendering render: PageImageRenderer) throws {
        var images: [Int: String] = [:]
        let wanted = report.pages.map(\.number).filter(imagePages.contains)
        for start in stride(from: 0, to: wanted.count, by: Self.imagesPerRequest) {
            let chunk = Array(wanted[start..<min(start + Self.imagesPerRequest, wanted.count)])
            let rendered = try render(chunk)
            for page in chunk {
                guard let png = rendered[page] else { continue }
                let name = "pages/" + Self.imageName(page)
                try write(name, png)
                images[page] = name
            }
        }
        for file in CSVExporter.files(for: report) {
            try write("csv/" + file.name, file.data)
        }
        if assetPrefix.isEmpty { try ReviewAssets.writeShared(to: write) }
        let data = DocumentData(report: report, images: images, index: indexLink)
        try write("data.js", try ReviewAssets.script(assigning: "GONGKAI_REVIEW", data))
        try write("index.html", Data(page.utf8))
    }

    /// Pages whose images are asked for at once.
    static let imagesPerRequest = 16

    /// `p0007.png`: zero-padded so the files list in page order.
    static func imageName(_ page: Int) -> String {
        let digits = String(page)
        return "p" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ".png"
    }

    var title: String {
        report.metadata.title ?? report.source.file
    }

    var page: String {
        ReviewAssets.html(
            title: "\(title) · review", prefix: assetPrefix, script: "review.js",
            body: """
                <header id="bar">
                  \(indexLink.map { "<a id=\"to-index\" href=\"\(HTML.escape($0))\">← batch</a>" } ?? "")
                  <h1 id="doc-title">\(HTML.escape(title))</h1>
                  <span id="doc-file">\(HTML.escape(report.source.file))</span>
                  <nav id="pager">
                    <button id="prev-page" title="previous page (←, k)">◀</button>
                    <select id="page-select" aria-label="page"></select>
                    <button id="next-page" title="next page (→, j)">▶</button>
                    <button id="prev-table" title="previous table (p)">◁ table</button>
                    <button id="next-table" title="next table (n)">table ▷</button>
                    <label><input type="checkbox" id="show-paragraphs" checked> paragraphs</label>
                    <label><input type="checkbox" id="show-cells" checked> cells</label>
                  </nav>
                </header>
                <main id="review">
                  <section id="page-side"><div id="page-frame"></div></section>
                  <section id="data-side"></section>
                </main>
                <noscript>This review needs JavaScript (no network access: everything is in this folder).</noscript>
                """)
    }
}
