import Foundation

/// One line of `manifest.jsonl`: what became of one input.
package struct ManifestRecord: Codable, Sendable, Equatable {
    package enum Status: String, Codable, Sendable {
        /// Converted by this run.
        case converted
        /// Its output was already complete and current (same sha256 and schema version).
        case skipped
        /// Same content as `duplicate_of`, converted once for both; `output` is that file's.
        case duplicate
        /// No output; `reason` and `error` say why.
        case failed
    }

    /// The input as the manifest names it (see `BatchInput.path`).
    package var path: String
    /// The JSON, relative to the output folder; nil when there is none.
    package var output: String?
    /// Of the input's bytes; nil when it could not be read.
    package var sha256: String?
    package var status: Status
    package var pages: Int?
    package var tables: Int?
    package var scorecards: Int?
    package var diagnostics: Int?
    /// Wall time of the conversion (0 when none ran).
    package var seconds: Double
    /// A short machine-readable cause of a failure: the worker's exit status by name
    /// (`damaged`, `password_required`, `not_pdf`, `no_pages` …), `timeout`, `crashed`,
    /// `file_not_found`, `unreadable`, `bad_output`.
    package var reason: String?
    /// The failure in words, as the worker reported it.
    package var error: String?
    /// The worker's exit status, when it exited.
    package var exitCode: Int32?
    /// For a duplicate: the input that was converted.
    package var duplicateOf: String?
    /// The schema version the output follows (or would have).
    package var schemaVersion: String

    package init(
        path: String, output: String? = nil, sha256: String? = nil, status: Status,
        pages: Int? = nil, tables: Int? = nil, scorecards: Int? = nil, diagnostics: Int? = nil,
        seconds: Double = 0, reason: String? = nil, error: String? = nil, exitCode: Int32? = nil,
        duplicateOf: String? = nil, schemaVersion: String
    ) {
        self.path = path
        self.output = output
        self.sha256 = sha256
        self.status = status
        self.pages = pages
        self.tables = tables
        self.scorecards = scorecards
        self.diagnostics = diagnostics
        self.seconds = seconds
        self.reason = reason
        self.error = error
        self.exitCode = exitCode
        self.duplicateOf = duplicateOf
        self.schemaVersion = schemaVersion
    }

    /// The counts of an output, copied into a record.
    mutating func take(_ summary: OutputSummary) {
        pages = summary.pages
        tables = summary.tables
        scorecards = summary.scorecards
        diagnostics = summary.diagnostics
    }

    package var failed: Bool { status == .failed }

    enum CodingKeys: String, CodingKey {
        case path, output, sha256, status, pages, tables, scorecards, diagnostics, seconds, reason, error
        case exitCode = "exit_code"
        case duplicateOf = "duplicate_of"
        case schemaVersion = "schema_version"
    }

    // Every key on every line, null where there is no value: easier for jq and pandas.
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(output, forKey: .output)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(status, forKey: .status)
        try c.encode(pages, forKey: .pages)
        try c.encode(tables, forKey: .tables)
        try c.encode(scorecards, forKey: .scorecards)
        try c.encode(diagnostics, forKey: .diagnostics)
        try c.encode((seconds * 1000).rounded() / 1000, forKey: .seconds)
        try c.encode(reason, forKey: .reason)
        try c.encode(error, forKey: .error)
        try c.encode(exitCode, forKey: .exitCode)
        try c.encode(duplicateOf, forKey: .duplicateOf)
        try c.encode(schemaVersion, forKey: .schemaVersion)
    }

    /// The record as one line: compact JSON, sorted keys, a newline at the end.
    package func line() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}
