/// Why recognition could not run at all (a page that yields nothing is not an error).
package struct OCRError: Error, CustomStringConvertible, Sendable {
    package enum Kind: Sendable {
        /// Tesseract's data for a language is not installed.
        case missingLanguage
        /// The Tesseract library is not installed.
        case engineMissing
        /// Tesseract would not start or recognise for another reason.
        case engineFailed
    }

    package var kind: Kind
    package var description: String

    package init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }

    /// The Debian package that holds a Tesseract language's data: chi_sim → tesseract-ocr-chi-sim.
    package static func debianPackage(language: String) -> String {
        "tesseract-ocr-" + language.lowercased().replacingOccurrences(of: "_", with: "-")
    }
}
