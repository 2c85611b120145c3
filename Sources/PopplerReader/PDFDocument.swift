internal import CPoppler
import Foundation
import PageModel

/// An open PDF. Owns the poppler document; confined to the thread that opened it (poppler caches
/// per-document state without locks).
package final class PDFDocument {
    /// The file as the user named it, for messages.
    package let file: String
    /// The document's bytes, as read.
    package let data: Data
    package let pageCount: Int
    /// What poppler reported while opening the file (a cross-reference table it had to
    /// reconstruct), nil for nothing.
    package let openingMessages: ReaderMessages?
    private let handle: OpaquePointer
    let fontTable = FontTable()

    /// The longest password a PDF can have, in UTF-8 bytes (ISO 32000-2, 7.6.4.3.3; older
    /// revisions use 32). Poppler overflows its stack on passwords a few hundred bytes long.
    package static let maximumPasswordBytes = 127

    /// Reads and opens the PDF at `path` ("-" is standard input).
    package convenience init(path: String, password: String? = nil) throws(ReaderError) {
        let data = try Self.readBytes(path)
        try self.init(data: data, file: path, password: password)
    }

    /// Opens a PDF already in memory; `file` names it in errors.
    package init(data: Data, file: String, password: String? = nil) throws(ReaderError) {
        self.file = file
        self.data = data
        guard Self.looksLikePDF(data) else {
            throw ReaderError(.notPDF, file: file, detail: "not a PDF file (no %PDF- header)")
        }
        if let password, password.utf8.count > Self.maximumPasswordBytes {
            throw ReaderError(.passwordTooLong, file: file, detail: Self.passwordTooLongDetail(password))
        }
        var error: UnsafeMutablePointer<GError>?
        let bytes = data.withUnsafeBytes { raw in g_bytes_new(raw.baseAddress, gsize(raw.count)) }
        defer { g_bytes_unref(bytes) }
        // Opened as a stream: poppler 22.12 crashes in new_from_bytes/new_from_data when the
        // password is wrong, and answers "encrypted" through the stream path.
        let stream = g_memory_input_stream_new_from_bytes(bytes)
        defer { g_object_unref(stream) }
        let (opened, messages) = PopplerMessages.collecting {
            StandardErrorSilencer.shared.around {
                poppler_document_new_from_stream(stream, goffset(data.count), password, nil, &error)
            }
        }
        openingMessages = messages
        let failure = GLibError(taking: error)
        guard let opened else {
            throw Self.openError(failure, file: file, passwordGiven: password != nil)
        }
        handle = opened
        pageCount = Int(poppler_document_get_n_pages(opened))
        // A throw from here on releases the document through deinit.
        guard pageCount > 0 else {
            throw ReaderError(.noPages, file: file, detail: "the PDF has no pages")
        }
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// The document information dictionary's title and author, normalised like page text.
    /// poppler decodes strings with a byte-order mark as UTF-16 and all others as PDFDocEncoding;
    /// the GBK bytes older Chinese producers write come out as Latin mojibake and are re-read.
    package var info: DocumentInfo {
        func text(_ value: UnsafeMutablePointer<gchar>?) -> String? {
            guard let value else { return nil }
            defer { g_free(value) }
            let decoded = InfoStringDecoder.repair(String(cString: value))
            let text = TextNormalizer.normalize(decoded).trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : text
        }
        return StandardErrorSilencer.shared.around {
            DocumentInfo(
                title: text(poppler_document_get_title(handle)),
                author: text(poppler_document_get_author(handle)))
        }
    }

    /// From now on, what poppler and the libraries under it print to standard error is dropped
    /// (see `StandardErrorSilencer`): for a program that owns its standard error and wants only
    /// its own messages there. Process-wide; cannot be undone.
    package static func silencePoppler() {
        StandardErrorSilencer.shared.silence()
    }

    /// The fonts the pages read so far refer to, by index.
    package var fonts: [Font] { fontTable.fonts }

    /// The page numbered `number` (from 1). The page keeps the document's poppler object alive.
    package func page(_ number: Int) throws(ReaderError) -> PDFPage {
        guard (1...pageCount).contains(number) else {
            throw ReaderError(
                .pageOutOfRange, file: file, page: number,
                detail: "no such page (the document has \(pageCount))")
        }
        // The page tree counts the page, so a page poppler cannot give is a damaged object.
        guard let page = StandardErrorSilencer.shared.around({ poppler_document_get_page(handle, Int32(number - 1)) })
        else {
            throw ReaderError(
                .damaged, file: file, page: number,
                detail: "damaged PDF: the page object cannot be read")
        }
        return PDFPage(handle: page, number: number, file: file, fonts: fontTable)
    }

    /// Why `password` is refused, naming the limit.
    package static func passwordTooLongDetail(_ password: String) -> String {
        "the password is \(password.utf8.count) bytes long; a PDF password has at most \(maximumPasswordBytes)"
    }

    static func looksLikePDF(_ data: Data) -> Bool {
        // Readers accept the header anywhere in the first kilobyte.
        let head = data.prefix(1024)
        return head.range(of: Data("%PDF-".utf8)) != nil
    }

    /// The bytes of the file at `path`; "-" reads standard input to its end.
    package static func readBytes(_ path: String) throws(ReaderError) -> Data {
        if path == "-" {
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReaderError(.fileNotFound, file: path, detail: "no such file")
        }
        if isDirectory.boolValue {
            throw ReaderError(.isDirectory, file: path, detail: "is a directory, not a PDF file")
        }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw ReaderError(
                .unreadable, file: path,
                detail: "cannot be read (\(error.localizedDescription))")
        }
    }

    static func openError(_ failure: GLibError?, file: String, passwordGiven: Bool) -> ReaderError {
        guard let failure else {
            return ReaderError(.damaged, file: file, detail: "damaged PDF (poppler gave no reason)")
        }
        if failure.isEncrypted {
            return passwordGiven
                ? ReaderError(.wrongPassword, file: file, detail: "encrypted PDF: wrong password")
                : ReaderError(
                    .passwordRequired, file: file,
                    detail: "encrypted PDF: a password is required (--password)")
        }
        return ReaderError(.damaged, file: file, detail: "damaged PDF: \(failure.message)")
    }
}

@available(*, unavailable)
extension PDFDocument: Sendable {}
