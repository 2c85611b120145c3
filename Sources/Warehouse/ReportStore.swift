import Foundation

/// What loading one document did.
package enum LoadOutcome: Equatable, Sendable {
    /// First load of this document (by sha256).
    case inserted
    /// The document was there: its rows were replaced.
    case replaced
}

/// A warehouse that documents load into: SQLite (`Warehouse`) or PostgreSQL. A document that
/// the store refuses for its content (a key it breaks) is a `ReportFile.Rejection`, like one
/// that does not validate; any other error means the store itself failed.
package protocol ReportStore: AnyObject {
    /// Replaces the document with the same sha256, if any, in one transaction.
    func load(_ document: DocumentRows) throws -> LoadOutcome
}

extension ReportStore {
    /// Reads, validates and loads the report at `path`.
    @discardableResult
    package func load(fileAt path: String) throws -> LoadOutcome {
        try load(try DocumentRows.read(fileAt: path))
    }

    /// Loads a report given as JSON bytes (for tests and pipes).
    @discardableResult
    package func load(json data: Data, from path: String) throws -> LoadOutcome {
        try load(try DocumentRows.decode(data, from: path))
    }
}
