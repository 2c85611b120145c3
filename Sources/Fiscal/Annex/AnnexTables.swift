import Layout

/// A document's standard annex tables, recognised by title and laid out (header rows, code,
/// label and amount columns, parsed amounts) once for both the line-item reader and the
/// arithmetic checks.
package struct AnnexTables: Sendable {
    /// The kind of every table of the document, nil for tables that are not standard annexes.
    package let kinds: [String?]
    /// The annex tables with their index among the document's tables.
    let entries: [(index: Int, table: LogicalTable, layout: AnnexLayout)]

    /// `documentKind` is the report's kind (部门决算, 单位预算 …): it tells 决算 forms from 预算
    /// forms where a table's own words do not.
    package init(_ tables: [LogicalTable], documentKind: String? = nil) {
        var kinds: [String?] = []
        var entries: [(index: Int, table: LogicalTable, layout: AnnexLayout)] = []
        for (index, table) in tables.enumerated() {
            var kind = AnnexKind.recognize(title: table.caption.title)
            // Only a table whose header ends above a printed amount can be an annex form.
            let layout = AnnexLayout(table)
            if kind == nil, layout.headerRows > 0, layout.headerRows < table.rowCount {
                kind = AnnexKind.recognize(
                    headers: layout.paths.flatMap { $0 }, hasCodeColumn: layout.hasCodeColumn,
                    context: [table.caption.title, table.caption.formCode, documentKind])
            }
            kinds.append(kind)
            if kind != nil { entries.append((index, table, layout)) }
        }
        self.kinds = kinds
        self.entries = entries
    }
}
