import Foundation

/// One value of a warehouse row.
package enum WarehouseValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case boolean(Bool)
    /// The id of the `index`-th row of `table` in this document: in that row's `id` column its own
    /// id, elsewhere a reference to it. The store assigns the numbers.
    case key(table: String, index: Int)
}

/// The rows one report becomes, table by table in `WarehouseLayout.tables` order (parents
/// first), each row's values in the table's `columnNames` order. This is the one place that says
/// which JSON field goes into which column; every store writes these rows as they are.
package struct DocumentRows: Sendable {
    /// The source PDF's digest: the document's identity in the warehouse.
    package let sha256: String
    /// Parallel to `WarehouseLayout.tables`.
    package private(set) var rows: [[[WarehouseValue]]]

    /// Reads and validates the report at `path`.
    package static func read(fileAt path: String) throws(ReportFile.Rejection) -> DocumentRows {
        DocumentRows(try ReportFile.read(path), from: path)
    }

    /// Validates the report given as JSON bytes; `path` is recorded as where it was loaded from.
    package static func decode(_ data: Data, from path: String) throws(ReportFile.Rejection) -> DocumentRows {
        DocumentRows(try ReportFile.decode(data), from: path)
    }

    /// Rows of all tables together.
    package var count: Int { rows.reduce(0) { $0 + $1.count } }

    init(_ report: ReportDocument, from path: String) {
        sha256 = report.source.sha256
        rows = Array(repeating: [], count: WarehouseLayout.tables.count)
        let document = WarehouseValue.key(table: "documents", index: 0)
        let meta = report.metadata
        add(
            "documents",
            [
                document, .of(report.source.sha256), .of(report.source.file), .of(path),
                .of(report.schemaVersion), .of(report.source.pageCount),
                report.source.pagesExtracted.map(Self.json).map(WarehouseValue.of) ?? .null,
                .of(meta.title), .of(meta.organization), .of(meta.fiscalYear), .of(meta.reportKind),
                .of(meta.publishedOn),
            ])
        for page in report.pages {
            add(
                "pages",
                [
                    document, .of(page.number), .of(page.width), .of(page.height), .of(page.rotation),
                    .of(page.characterCount),
                ])
        }
        for (seq, heading) in report.headings.enumerated() {
            add(
                "headings",
                [
                    next("headings"), document, .of(seq), .of(heading.level), .of(heading.numbering),
                    .of(heading.title), .of(heading.page),
                ])
        }
        var tableKeys: [String: WarehouseValue] = [:]
        for (seq, table) in report.tables.enumerated() {
            let key = next("tables")
            tableKeys[table.id] = key
            add(
                "tables",
                [
                    key, document, .of(table.id), .of(seq), .of(table.title), .of(table.kind),
                    .of(table.pages.first), .of(table.pages.last), .of(Self.json(table.pages)), .of(table.nRows),
                    .of(table.nCols), .of(table.headerRows), .of(table.detection), .of(table.formCode),
                    .of(table.unit), .of(table.organization), .of(Self.json(table.notes)),
                ])
            for cell in table.cells {
                let box: [WarehouseValue] =
                    cell.bbox?.count == 4 ? cell.bbox!.map { .real($0) } : [.null, .null, .null, .null]
                add(
                    "cells",
                    [
                        key, .of(cell.row), .of(cell.col), .of(cell.rowSpan), .of(cell.colSpan), .of(cell.text),
                        .of(cell.page),
                    ] + box + [.boolean(cell.row < table.headerRows)])
            }
        }
        func table(_ id: String?) -> WarehouseValue { id.flatMap { tableKeys[$0] } ?? .null }
        for (seq, card) in report.scorecards.enumerated() {
            let key = next("scorecards")
            add(
                "scorecards",
                [
                    key, document, .of(seq), table(card.table), .of(card.table), .of(card.title),
                    .of(card.year), .of(card.project), .of(card.department), .of(card.implementer),
                ])
            for (seq, indicator) in card.indicators.enumerated() {
                add(
                    "indicators",
                    [
                        next("indicators"), key, .of(seq), .of(indicator.row), .of(indicator.level1),
                        .of(indicator.level2), .of(indicator.level3), .of(indicator.op), .of(indicator.target),
                        .of(indicator.unit), .of(indicator.targetText), .of(indicator.actual),
                        .of(indicator.weight), .of(indicator.score), .of(indicator.note),
                        .of(indicator.target.flatMap(Amount.leading)), .of(Self.comparableActual(indicator)),
                    ])
            }
        }
        for (seq, item) in report.lineItems.enumerated() {
            add(
                "line_items",
                [
                    next("line_items"), document, .of(seq), table(item.table), .of(item.table), .of(item.row),
                    .of(item.col), .of(item.page), .of(item.code), .of(item.level), .of(item.parent),
                    .of(item.name), .of(item.column), .of(item.amount), .of(item.status), .of(item.text),
                    .of(item.unit),
                ])
        }
        for (seq, diagnostic) in report.diagnostics.enumerated() {
            add(
                "diagnostics",
                [
                    next("diagnostics"), document, .of(seq), .of(diagnostic.severity), .of(diagnostic.code),
                    .of(diagnostic.page), .of(diagnostic.message),
                ])
        }
    }

    private static let position = Dictionary(
        uniqueKeysWithValues: WarehouseLayout.tables.enumerated().map { ($1.name, $0) })

    private mutating func add(_ table: String, _ values: [WarehouseValue]) {
        rows[Self.position[table]!].append(values)
    }

    /// The key the next row of `table` will have.
    private func next(_ table: String) -> WarehouseValue {
        .key(table: table, index: rows[Self.position[table]!].count)
    }

    /// The number in an indicator's actual value, when it is in the indicator's unit: an actual
    /// of 100% against a target in 万元 is a completion rate, and comparing it would be wrong.
    static func comparableActual(_ indicator: ReportDocument.IndicatorRow) -> Double? {
        guard let actual = indicator.actual else { return nil }
        if actual.contains("%"), indicator.unit?.contains("%") != true { return nil }
        return Amount.leading(in: actual)
    }

    /// Lists stored as JSON text (`[8,9]`), readable with SQLite's json_each and PostgreSQL's `::jsonb`.
    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Arrays of Int and String always encode.
        return String(decoding: (try? encoder.encode(value)) ?? Data("[]".utf8), as: UTF8.self)
    }
}

extension WarehouseValue {
    static func of(_ value: String?) -> WarehouseValue { value.map(WarehouseValue.text) ?? .null }
    static func of(_ value: Int?) -> WarehouseValue { value.map { .integer(Int64($0)) } ?? .null }
    static func of(_ value: Double?) -> WarehouseValue { value.map(WarehouseValue.real) ?? .null }
}
