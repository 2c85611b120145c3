import Foundation

/// What a batch needs to know about a finished JSON: which PDF and schema it came from, and how
/// much it holds. Decoded leniently (only these fields), so it reads any 1.x output.
package struct OutputSummary: Decodable, Sendable, Equatable {
    package var schemaVersion: String
    package var sha256: String
    /// Pages extracted.
    package var pages: Int
    package var tables: Int
    package var scorecards: Int
    package var diagnostics: Int

    package init(schemaVersion: String, sha256: String, pages: Int, tables: Int, scorecards: Int, diagnostics: Int) {
        self.schemaVersion = schemaVersion
        self.sha256 = sha256
        self.pages = pages
        self.tables = tables
        self.scorecards = scorecards
        self.diagnostics = diagnostics
    }

    /// Reads the output at `path`; throws when it is missing or does not parse.
    package static func read(_ path: String) throws -> OutputSummary {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try JSONDecoder().decode(OutputSummary.self, from: data)
    }

    /// True when this output was converted from the file with digest `sha256` under schema
    /// `schemaVersion`: the test for "complete and current".
    package func isCurrent(sha256: String, schemaVersion: String) -> Bool {
        self.sha256 == sha256 && self.schemaVersion == schemaVersion
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case source, pages, tables, scorecards, diagnostics
    }

    struct SourceDigest: Decodable {
        var sha256: String
    }

    /// Any JSON value, skipped: counting an array does not need its elements.
    struct Ignored: Decodable {
        init(from decoder: any Decoder) throws {}
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(String.self, forKey: .schemaVersion)
        sha256 = try c.decode(SourceDigest.self, forKey: .source).sha256
        pages = try c.decode([Ignored].self, forKey: .pages).count
        tables = try c.decode([Ignored].self, forKey: .tables).count
        scorecards = try c.decode([Ignored].self, forKey: .scorecards).count
        diagnostics = try c.decode([Ignored].self, forKey: .diagnostics).count
    }
}
