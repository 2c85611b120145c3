import Layout

/// A document's standard annex tables, recognised by title and laid out (header rows, code,
/// label and amount columns, parsed amounts) once for both the line-item reader and the
/// arithmetic checks.
public struct AnnexTables: Sendable {
    /// The kind of every table of the document, nil for tables that are not standard annexes.
    public let kinds: [String?]
    /// The annex tables with their index among the document's tables.
    let entries: [(index: Int, table: LogicalTable, layout: AnnexLayout)]

    public init(_ tables: [LogicalTable]) {
        let kinds = tables.map { AnnexKind.recognize(title: $0.caption.title) }
        self.kinds = kinds
        entries = tables.indices.filter { kinds[$0] != nil }.map { ($0, tables[$0], AnnexLayout(tables[$0])) }
    }
}
