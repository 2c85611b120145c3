import Foundation
import Testing

/// The sample PDFs in the repository's samples/ folder and what samples/MANIFEST.tsv says about
/// them. Located from this file, so the tests run from any working directory.
public enum Samples {
    /// The package's root folder.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Tests/TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    public static let directory = root.appendingPathComponent("samples")

    /// The user password of encrypted.pdf (scripts/make-samples, USER_PASSWORD).
    public static let password = "secret"

    public static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    public static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The rows of MANIFEST.tsv, header left out.
    public static func manifest() throws -> [ManifestEntry] {
        try text("MANIFEST.tsv").split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else { throw ManifestError(line: String(line)) }
            return ManifestEntry(file: fields[0], sha256: fields[1], pageCount: Int(fields[2]))
        }
    }

    public static func entry(_ file: String) throws -> ManifestEntry {
        guard let found = try manifest().first(where: { $0.file == file }) else {
            throw ManifestError(line: "no row for \(file)")
        }
        return found
    }
}

/// One sample: its file name, digest and page count (nil where the file is not a readable PDF).
public struct ManifestEntry: Sendable, CustomTestStringConvertible {
    public var file: String
    public var sha256: String
    public var pageCount: Int?

    /// The password the sample needs, if any.
    public var password: String? { file == "encrypted.pdf" ? Samples.password : nil }

    public var testDescription: String { file }
}

public struct ManifestError: Error, CustomStringConvertible {
    public var line: String
    public var description: String { "MANIFEST.tsv: malformed row: \(line)" }
}
