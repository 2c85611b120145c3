import OCRReader
import PopplerReader

/// Why a document could not be extracted. Every error names the file, and the page where the
/// cause is on one; `kind` tells causes apart (the command line gives each its own exit code).
public struct ExtractionError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        case fileNotFound
        case isDirectory
        case unreadable
        case notPDF
        case damaged
        case passwordRequired
        case wrongPassword
        /// Longer than a PDF password can be (127 bytes): refused before the PDF is opened.
        case passwordTooLong
        case noPages
        /// The page selection names a page the document does not have.
        case pageOutOfRange
        /// An option is outside what it allows (the detail names it).
        case invalidOption
        /// OCR is needed but Tesseract or its language data is missing (the detail names the
        /// Debian package to install).
        case ocrUnavailable
        /// The document took longer than `ExtractionOptions.timeLimit`.
        case timeLimitExceeded
    }

    public var kind: Kind
    /// The file as the caller named it ("-" for standard input).
    public var file: String
    public var page: Int?
    /// The cause, in words.
    public var detail: String

    public init(_ kind: Kind, file: String, page: Int? = nil, detail: String) {
        self.kind = kind
        self.file = file
        self.page = page
        self.detail = detail
    }

    /// "FILE: detail" or "FILE, page N: detail": one line, as the command line prints it.
    public var description: String {
        let place = page.map { "\(file), page \($0)" } ?? file
        return "\(place): \(detail)"
    }

    package init(_ error: ReaderError) {
        let kind: Kind =
            switch error.kind {
            case .fileNotFound: .fileNotFound
            case .isDirectory: .isDirectory
            case .unreadable: .unreadable
            case .notPDF: .notPDF
            case .damaged: .damaged
            case .passwordRequired: .passwordRequired
            case .wrongPassword: .wrongPassword
            case .noPages: .noPages
            case .pageOutOfRange: .pageOutOfRange
            case .passwordTooLong: .passwordTooLong
            }
        self.init(kind, file: error.file, page: error.page, detail: error.detail)
    }

    init(_ error: OCRError, file: String, page: Int?) {
        self.init(.ocrUnavailable, file: file, page: page, detail: error.description)
    }
}
