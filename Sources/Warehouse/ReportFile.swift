import Foundation

/// Reads one report JSON for loading, or says why it cannot be loaded.
///
/// A file is accepted when it is JSON, has every top-level field the schema requires, has
/// schema version 1.x (the major version this loader knows), a sha256 digest, and fields of the
/// expected types; and when the keys the warehouse relies on are unique (page numbers, table
/// ids, cell positions within a table).
package enum ReportFile {
    package enum Rejection: Error, CustomStringConvertible, Equatable {
        case unreadable(String)
        case notJSON(String)
        case missingFields([String])
        case unsupportedVersion(String)
        case invalid(String)

        package var description: String {
            switch self {
            case .unreadable(let why): "cannot be read (\(why))"
            case .notJSON(let why): "is not JSON (\(why))"
            case .missingFields(let names):
                "is not a gongkai report: missing required field(s) \(names.joined(separator: ", "))"
            case .unsupportedVersion(let version): "has schema version \(version); this loader reads 1.x"
            case .invalid(let why): "does not follow the schema: \(why)"
            }
        }
    }

    /// The top-level fields every 1.x report has: those schema 1.0.0 requires. Fields added
    /// within 1.x (`line_items`) are read when present, so output of any 1.x release loads.
    static let requiredKeys = [
        "schema_version", "source", "metadata", "pages", "headings", "paragraphs",
        "outline", "figures", "tables", "scorecards", "diagnostics",
    ]

    static func read(_ path: String) throws(Rejection) -> ReportDocument {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(error.localizedDescription)
        }
        return try decode(data)
    }

    static func decode(_ data: Data) throws(Rejection) -> ReportDocument {
        let document: ReportDocument
        do {
            document = try JSONDecoder().decode(ReportDocument.self, from: data)
        } catch let rejection as Rejection {
            throw rejection
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                throw .notJSON(context.underlyingError.map { "\($0)" } ?? context.debugDescription)
            }
            // A 2.x file may differ anywhere; say so rather than name the first field that broke.
            if let version = schemaVersion(in: data), !version.hasPrefix("1.") { throw .unsupportedVersion(version) }
            throw .invalid(describe(error))
        } catch {
            throw .notJSON("\(error)")
        }
        try check(document)
        return document
    }

    static func check(_ document: ReportDocument) throws(Rejection) {
        guard document.schemaVersion.split(separator: ".").first == "1" else {
            throw .unsupportedVersion(document.schemaVersion)
        }
        guard document.source.sha256.wholeMatch(of: /[0-9a-f]{64}/) != nil else {
            throw .invalid("source.sha256 is not a lowercase hex sha256")
        }
        if let page = firstRepeat(document.pages.map(\.number)) {
            throw .invalid("pages: page \(page) appears twice")
        }
        if let id = firstRepeat(document.tables.map(\.id)) {
            throw .invalid("tables: id \(id) appears twice")
        }
        for table in document.tables {
            if let cell = firstRepeat(table.cells.map { "\($0.row),\($0.col)" }) {
                throw .invalid("table \(table.id): two cells at row,col \(cell)")
            }
        }
    }

    static func firstRepeat<T: Hashable>(_ values: [T]) -> T? {
        var seen = Set<T>()
        return values.first { !seen.insert($0).inserted }
    }

    static func schemaVersion(in data: Data) -> String? {
        (try? JSONSerialization.jsonObject(with: data) as? [String: Any])?["schema_version"] as? String
    }

    /// `tables[3].cells[2].row: expected Int, found a string`.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce("") { path, key in
                if let index = key.intValue { return path + "[\(index)]" }
                return path.isEmpty ? key.stringValue : path + "." + key.stringValue
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is missing"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)) is null, expected \(type)"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(type)"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
