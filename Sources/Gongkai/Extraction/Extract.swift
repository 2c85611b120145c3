import Foundation
import PopplerReader

/// Extracts the structure of the PDF at `url`: its tables, headings, paragraphs, scorecards,
/// annex line items, metadata and diagnostics.
///
/// ```swift
/// let report = try Gongkai.extract(pdfAt: URL(fileURLWithPath: "report.pdf"))
/// ```
///
/// - Parameters:
///   - url: a file URL; errors name the file as the URL's relative path.
///   - password: the password of an encrypted PDF (at most 127 bytes of UTF-8).
///   - pages: the pages to extract; nil extracts them all.
///   - options: geometry, OCR and a time limit.
///   - progress: called after each page is read, with the pages read so far and the number to
///     read (a scan's page can take seconds).
/// - Throws: `ExtractionError`, naming the file and, where it applies, the page.
public func extract(
    pdfAt url: URL, password: String? = nil, pages: PageSelection? = nil,
    options: ExtractionOptions = ExtractionOptions(), progress: PageProgress? = nil
) throws(ExtractionError) -> Report {
    // Messages name the file as the caller wrote it, relative or not.
    let file = url.isFileURL ? url.relativePath : url.absoluteString
    guard url.isFileURL else {
        throw ExtractionError(.unreadable, file: file, detail: "not a file URL")
    }
    let data: Data
    do {
        data = try PDFDocument.readBytes(url.path)
    } catch {
        throw ExtractionError(ReaderError(error.kind, file: file, detail: error.detail))
    }
    return try extract(
        pdfData: data, named: file, password: password, pages: pages, options: options, progress: progress)
}

/// Extracts the structure of a PDF already in memory; `name` stands for it in errors and in
/// `source.file` (its last path component).
public func extract(
    pdfData data: Data, named name: String = "-", password: String? = nil,
    pages: PageSelection? = nil,
    options: ExtractionOptions = ExtractionOptions(), progress: PageProgress? = nil
) throws(ExtractionError) -> Report {
    try Extraction(data: data, file: name, password: password, pages: pages, options: options, progress: progress)
        .report
}

/// Called after each page is read: `(pagesRead, pagesToRead)`.
public typealias PageProgress = (_ pagesRead: Int, _ pagesToRead: Int) -> Void
