/// Why recognition could not run at all (a page that yields nothing is not an error).
public struct OCRError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable {
        /// Tesseract's data for a language is not installed.
        case missingLanguage
        /// Tesseract would not start or recognise for another reason.
        case engineFailed
    }

    public var kind: Kind
    public var description: String

    public init(_ kind: Kind, _ description: String) {
        self.kind = kind
        self.description = description
    }

    /// The Debian package that holds a Tesseract language's data: chi_sim → tesseract-ocr-chi-sim.
    public static func debianPackage(language: String) -> String {
        "tesseract-ocr-" + language.lowercased().replacingOccurrences(of: "_", with: "-")
    }
}
