import Foundation
import GRDB

/// Inserts one validated report, row by row, with statements prepared once per connection.
struct DocumentWriter {
    let db: Database

    func insert(_ report: ReportDocument, from path: String) throws {
        let meta = report.metadata
        try run("""
            INSERT INTO documents (sha256, file, loaded_from, schema_version, page_count, pages_extracted,
                                   title, organization, fiscal_year, report_kind, published_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [report.source.sha256, report.source.file, path, report.schemaVersion, report.source.pageCount,
                  report.source.pagesExtracted.map { try json($0) }, meta.title, meta.organization, meta.fiscalYear,
                  meta.reportKind, meta.publishedOn])
        let document = db.lastInsertedRowID

        for page in report.pages {
            try run("INSERT INTO pages (document_id, number, width, height, rotation, character_count) VALUES (?, ?, ?, ?, ?, ?)",
                    [document, page.number, page.width, page.height, page.rotation, page.characterCount])
        }
        for (seq, heading) in report.headings.enumerated() {
            try run("INSERT INTO headings (document_id, seq, level, numbering, title, page) VALUES (?, ?, ?, ?, ?, ?)",
                    [document, seq, heading.level, heading.numbering, heading.title, heading.page])
        }
        var tableIDs: [String: Int64] = [:]
        for (seq, table) in report.tables.enumerated() {
            tableIDs[table.id] = try insert(table, seq: seq, document: document)
        }
        for (seq, card) in report.scorecards.enumerated() {
            try run("""
                INSERT INTO scorecards (document_id, seq, table_id, table_key, title, year, project, department, implementer)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [document, seq, card.table.flatMap { tableIDs[$0] }, card.table, card.title, card.year, card.project,
                      card.department, card.implementer])
            let scorecard = db.lastInsertedRowID
            for (seq, indicator) in card.indicators.enumerated() {
                try run("""
                    INSERT INTO indicators (scorecard_id, seq, row, level1, level2, level3, operator, target, unit,
                                            target_text, actual, weight, score, note, target_value, actual_value)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [scorecard, seq, indicator.row, indicator.level1, indicator.level2, indicator.level3, indicator.op,
                          indicator.target, indicator.unit, indicator.targetText, indicator.actual, indicator.weight,
                          indicator.score,
                          indicator.note, indicator.target.flatMap(Amount.leading), comparableActual(indicator)])
            }
        }
        for (seq, item) in report.lineItems.enumerated() {
            try run("""
                INSERT INTO line_items (document_id, seq, table_id, table_key, row, col, page, code, level, parent, name,
                                        column_label, amount, status, text, unit)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [document, seq, item.table.flatMap { tableIDs[$0] }, item.table, item.row, item.col, item.page,
                      item.code, item.level, item.parent, item.name, item.column, item.amount, item.status, item.text,
                      item.unit])
        }
        for (seq, diagnostic) in report.diagnostics.enumerated() {
            try run("INSERT INTO diagnostics (document_id, seq, severity, code, page, message) VALUES (?, ?, ?, ?, ?, ?)",
                    [document, seq, diagnostic.severity, diagnostic.code, diagnostic.page, diagnostic.message])
        }
    }

    private func insert(_ table: ReportDocument.TableRow, seq: Int, document: Int64) throws -> Int64 {
        try run("""
            INSERT INTO tables (document_id, table_key, seq, title, kind, first_page, last_page, pages, n_rows, n_cols,
                                header_rows, detection, form_code, unit, organization, notes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [document, table.id, seq, table.title, table.kind, table.pages.first, table.pages.last, json(table.pages),
                  table.nRows, table.nCols, table.headerRows, table.detection, table.formCode, table.unit,
                  table.organization, json(table.notes)])
        let id = db.lastInsertedRowID
        for cell in table.cells {
            let box: [Double?] = cell.bbox?.count == 4 ? cell.bbox!.map { $0 } : [nil, nil, nil, nil]
            try run("""
                INSERT INTO cells (table_id, row, col, row_span, col_span, text, page, x0, top, x1, bottom, is_header)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, cell.row, cell.col, cell.rowSpan, cell.colSpan, cell.text, cell.page,
                      box[0], box[1], box[2], box[3], cell.row < table.headerRows])
        }
        return id
    }

    /// The number in an indicator's actual value, when it is in the indicator's unit: an actual
    /// of 100% against a target in 万元 is a completion rate, and comparing it would be wrong.
    func comparableActual(_ indicator: ReportDocument.IndicatorRow) -> Double? {
        guard let actual = indicator.actual else { return nil }
        if actual.contains("%"), indicator.unit?.contains("%") != true { return nil }
        return Amount.leading(in: actual)
    }

    private func run(_ sql: String, _ arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// Lists stored as JSON text (`[8,9]`), readable with SQLite's json_each.
    private func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
