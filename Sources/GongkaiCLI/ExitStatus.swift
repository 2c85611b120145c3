import ArgumentParser
import Gongkai

/// The documented exit codes: one per cause, so scripts can tell failures apart.
enum ExitStatus: Int32, CaseIterable {
    case success = 0
    case internalError = 1
    case someInputsFailed = 2
    case fileNotFound = 3
    case isDirectory = 4
    case unreadable = 5
    case notPDF = 6
    case damaged = 7
    case passwordRequired = 8
    case wrongPassword = 9
    case noPages = 10
    case pageOutOfRange = 11
    case outputFailed = 12
    case ocrUnavailable = 13
    case timeLimitExceeded = 14
    case usage = 64

    init(_ kind: ExtractionError.Kind) {
        switch kind {
        case .fileNotFound: self = .fileNotFound
        case .isDirectory: self = .isDirectory
        case .unreadable: self = .unreadable
        case .notPDF: self = .notPDF
        case .damaged: self = .damaged
        case .passwordRequired: self = .passwordRequired
        case .wrongPassword: self = .wrongPassword
        case .noPages: self = .noPages
        case .pageOutOfRange: self = .pageOutOfRange
        case .passwordTooLong, .invalidOption: self = .usage
        case .ocrUnavailable: self = .ocrUnavailable
        case .timeLimitExceeded: self = .timeLimitExceeded
        }
    }

    /// The one line printed for an extraction error; a refused password reads as the usage
    /// error it is.
    static func message(for error: ExtractionError) -> String {
        error.kind == .passwordTooLong ? "\(error.file): invalid --password: \(error.detail)" : error.description
    }

    var meaning: String {
        switch self {
        case .success: "success"
        case .internalError: "internal error (a bug: please report it with the file)"
        case .someInputsFailed: "batch/load: some inputs failed or were rejected (each is recorded)"
        case .fileNotFound: "the input file does not exist"
        case .isDirectory: "the input is a directory"
        case .unreadable: "the input cannot be read (permissions, I/O error)"
        case .notPDF: "the input is not a PDF"
        case .damaged: "the PDF is truncated or damaged (or one of its page objects)"
        case .passwordRequired: "the PDF is encrypted and no password was given"
        case .wrongPassword: "the PDF is encrypted and the password is wrong"
        case .noPages: "the PDF has no pages"
        case .pageOutOfRange: "--pages names a page the document does not have"
        case .outputFailed: "the output file cannot be written"
        case .ocrUnavailable:
            "OCR is needed but Tesseract or its language data is missing (the message names the Debian package)"
        case .timeLimitExceeded: "extract: the document took longer than --time-limit (the message names the page)"
        case .usage: "invalid command-line usage (also a --password over 127 bytes)"
        }
    }

    var exitCode: ExitCode { ExitCode(rawValue) }

    static var table: String {
        allCases.map { "  \($0.rawValue)\t\($0.meaning)" }.joined(separator: "\n")
    }
}
