/// Why a PDF could not be read. Every case names the file; the CLI maps each kind to its own
/// exit code.
package struct ReaderError: Error, Sendable, Equatable, CustomStringConvertible {
    package enum Kind: String, Sendable, CaseIterable {
        case fileNotFound
        case isDirectory
        case unreadable
        case notPDF
        case damaged
        case passwordRequired
        case wrongPassword
        case noPages
        case pageOutOfRange
        /// Longer than a PDF password can be: refused before poppler sees it.
        case passwordTooLong
    }

    package var kind: Kind
    /// The file as the user named it ("-" for standard input).
    package var file: String
    /// The page the problem is on, when it is on one.
    package var page: Int?
    /// The cause, in words; includes what poppler said where it said something.
    package var detail: String

    package init(_ kind: Kind, file: String, page: Int? = nil, detail: String) {
        self.kind = kind
        self.file = file
        self.page = page
        self.detail = detail
    }

    package var description: String {
        let place = page.map { "\(file), page \($0)" } ?? file
        return "\(place): \(detail)"
    }
}
