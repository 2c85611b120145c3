import Foundation
import Testing

/// The sample PDFs in the repository's samples/ folder and what samples/MANIFEST.tsv says about
/// them. Located from this file, so the tests run from any working directory.
enum Samples {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Tests/<target>
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let directory = root.appendingPathComponent("samples")

    /// The user password of encrypted.pdf (scripts/make-samples, USER_PASSWORD).
    static let password = "secret"

    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The rows of MANIFEST.tsv, header left out.
    static func manifest() throws -> [ManifestEntry] {
        try text("MANIFEST.tsv").split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { throw ManifestError(line: String(line)) }
            return ManifestEntry(file: fields[0], sha256: fields[1], pageCount: Int(fields[2]))
        }
    }

    static func entry(_ file: String) throws -> ManifestEntry {
        guard let found = try manifest().first(where: { $0.file == file }) else {
            throw ManifestError(line: "no row for \(file)")
        }
        return found
    }
}

/// One sample: its file name, digest and page count (nil where the file is not a readable PDF).
struct ManifestEntry: Sendable, CustomTestStringConvertible {
    var file: String
    var sha256: String
    var pageCount: Int?

    /// The password the sample needs, if any.
    var password: String? { file == "encrypted.pdf" ? Samples.password : nil }

    var testDescription: String { file }
}

struct ManifestError: Error, CustomStringConvertible {
    var line: String
    var description: String { "MANIFEST.tsv: malformed row: \(line)" }
}
