import TestSupport
import Foundation
import PageModel
import PopplerReader
import Testing

@Suite("Opening documents")
struct DocumentOpeningTests {
    @Test(
        "Every readable sample opens with the page count MANIFEST.tsv gives",
        arguments: try Samples.manifest().filter { ($0.pageCount ?? 0) > 0 })
    func pageCount(sample: ManifestEntry) throws {
        let document = try PDFDocument(path: Samples.path(sample.file), password: sample.password)
        #expect(document.pageCount == sample.pageCount)
        #expect(document.file == Samples.path(sample.file))
    }

    @Test(
        "Each unreadable input fails with its own error kind, naming the file",
        arguments: [
            Failure(file: "no-such-file.pdf", kind: .fileNotFound),
            Failure(file: "", kind: .isDirectory),  // samples/ itself
            Failure(file: "not-a-pdf.pdf", kind: .notPDF),
            Failure(file: "damaged.pdf", kind: .damaged),
            Failure(file: "encrypted.pdf", kind: .passwordRequired),
            Failure(file: "zero-pages.pdf", kind: .noPages),
        ])
    func failure(_ failure: Failure) {
        let path = Samples.path(failure.file)
        let error = #expect(throws: ReaderError.self) {
            _ = try PDFDocument(path: path, password: failure.password)
        }
        #expect(error?.kind == failure.kind)
        #expect(error?.file == path)
        #expect(error?.description.contains(path) == true)
        #expect(error?.page == nil)
    }

    @Test("An in-memory document is named in errors by the name it was given")
    func inMemoryName() throws {
        let data = try Data(contentsOf: Samples.directory.appendingPathComponent("not-a-pdf.pdf"))
        let error = #expect(throws: ReaderError.self) {
            _ = try PDFDocument(data: data, file: "upload.pdf")
        }
        #expect(error?.kind == .notPDF)
        #expect(error?.description.hasPrefix("upload.pdf: ") == true)
    }

    @Test("A wrong password is reported as such")
    func wrongPassword() {
        // poppler 22.12 crashes in new_from_bytes on a wrong password; the reader opens a stream.
        #expect(throws: ReaderError.self) {
            try PDFDocument(path: Samples.path("encrypted.pdf"), password: "wrong")
        }
        do {
            _ = try PDFDocument(path: Samples.path("encrypted.pdf"), password: "wrong")
        } catch {
            #expect(error.kind == .wrongPassword)
            #expect(error.description.contains("encrypted.pdf"))
        }
    }

    @Test("The right password opens encrypted.pdf and its text reads")
    func rightPassword() throws {
        let document = try PDFDocument(path: Samples.path("encrypted.pdf"), password: Samples.password)
        #expect(document.pageCount == 1)
        let text = String(String.UnicodeScalarView(try document.page(1).read().glyphs.map(\.scalar)))
        #expect(text.contains("本文件已加密"))
    }

    @Test("A page the document does not have is out of range, with its number", arguments: [0, 3, 99])
    func pageOutOfRange(number: Int) throws {
        let document = try PDFDocument(path: Samples.path("cjk-text.pdf"))
        let error = #expect(throws: ReaderError.self) { _ = try document.page(number) }
        #expect(error?.kind == .pageOutOfRange)
        #expect(error?.page == number)
        #expect(error?.description.contains("\(Samples.path("cjk-text.pdf")), page \(number)") == true)
    }

    @Test("A page read after its document was released still reads correctly")
    func pageOutlivesDocument() throws {
        let (page, released) = try firstPageOfReleasedDocument()
        #expect(released.document == nil, "the PDFDocument should have been deinitialised")
        let read = page.read()
        #expect(read.number == 1)
        #expect(read.glyphs.count > 100)
        let text = String(String.UnicodeScalarView(read.glyphs.map(\.scalar)))
        #expect(text.contains("2024年度示例市医疗保障局部门决算"))
    }

    /// Opens cjk-text.pdf, takes its first page and lets the document go.
    private func firstPageOfReleasedDocument() throws -> (PDFPage, WeakDocument) {
        let document = try PDFDocument(path: Samples.path("cjk-text.pdf"))
        return (try document.page(1), WeakDocument(document: document))
    }
}

struct Failure: Sendable, CustomTestStringConvertible {
    var file: String
    var password: String? = nil
    var kind: ReaderError.Kind

    var testDescription: String { "\(file.isEmpty ? "samples/" : file) → .\(kind)" }
}

private struct WeakDocument {
    weak var document: PDFDocument?
}
