/// The warehouse's tables as they are now: names, columns in order, keys and indexes. Every store
/// writes rows in this layout (`DocumentRows`), and the PostgreSQL store creates its tables from
/// it; the SQLite migrations (`WarehouseSchema`) are the history that arrives at it, and a test
/// checks the two agree.
package enum WarehouseLayout {
    /// The version of this layout (SQLite's `PRAGMA user_version`, PostgreSQL's `gongkai_schema`).
    package static let version = 2

    package static let tables: [WarehouseTable] = [
        WarehouseTable(
            "documents", id: true,
            [
                .init("sha256", .text, notNull: true), .init("file", .text, notNull: true), .init("loaded_from", .text),
                .init("schema_version", .text, notNull: true), .init("page_count", .integer, notNull: true),
                .init("pages_extracted", .text), .init("title", .text), .init("organization", .text),
                .init("fiscal_year", .integer), .init("report_kind", .text), .init("published_on", .text),
            ],
            unique: [["sha256"]],
            indexes: [.init("documents_by_organization_year", ["organization", "fiscal_year"])]),
        WarehouseTable(
            "pages",
            [
                .init("document_id", .integer, notNull: true, references: "documents"),
                .init("number", .integer, notNull: true), .init("width", .real, notNull: true),
                .init("height", .real, notNull: true), .init("rotation", .integer, notNull: true),
                .init("character_count", .integer),
            ],
            primaryKey: ["document_id", "number"]),
        WarehouseTable(
            "headings", id: true,
            [
                .init("document_id", .integer, notNull: true, references: "documents"),
                .init("seq", .integer, notNull: true),
                .init("level", .integer, notNull: true), .init("numbering", .text),
                .init("title", .text, notNull: true),
                .init("page", .integer, notNull: true),
            ],
            indexes: [.on("headings", "document_id")]),
        WarehouseTable(
            "tables", id: true,
            [
                .init("document_id", .integer, notNull: true, references: "documents"),
                .init("table_key", .text, notNull: true), .init("seq", .integer, notNull: true), .init("title", .text),
                .init("kind", .text), .init("first_page", .integer), .init("last_page", .integer),
                .init("pages", .text, notNull: true), .init("n_rows", .integer, notNull: true),
                .init("n_cols", .integer, notNull: true), .init("header_rows", .integer, notNull: true),
                .init("detection", .text), .init("form_code", .text), .init("unit", .text),
                .init("organization", .text),
                .init("notes", .text, notNull: true),
            ],
            unique: [["document_id", "table_key"]],
            indexes: [.on("tables", "title"), .on("tables", "kind")]),
        WarehouseTable(
            "cells",
            [
                .init("table_id", .integer, notNull: true, references: "tables"), .init("row", .integer, notNull: true),
                .init("col", .integer, notNull: true), .init("row_span", .integer, notNull: true),
                .init("col_span", .integer, notNull: true), .init("text", .text, notNull: true),
                .init("page", .integer),
                .init("x0", .real), .init("top", .real), .init("x1", .real), .init("bottom", .real),
                .init("is_header", .boolean, notNull: true),
            ],
            primaryKey: ["table_id", "row", "col"]),
        WarehouseTable(
            "scorecards", id: true,
            [
                .init("document_id", .integer, notNull: true, references: "documents"),
                .init("seq", .integer, notNull: true),
                .init("table_id", .integer, references: "tables"), .init("table_key", .text), .init("title", .text),
                .init("year", .integer), .init("project", .text), .init("department", .text),
                .init("implementer", .text),
            ],
            indexes: [.on("scorecards", "document_id"), .on("scorecards", "table_id")]),
        WarehouseTable(
            "indicators", id: true,
            [
                .init("scorecard_id", .integer, notNull: true, references: "scorecards"),
                .init("seq", .integer, notNull: true), .init("row", .integer), .init("level1", .text),
                .init("level2", .text), .init("level3", .text), .init("operator", .text), .init("target", .text),
                .init("unit", .text), .init("target_text", .text), .init("actual", .text), .init("weight", .real),
                .init("score", .real), .init("note", .text), .init("target_value", .real), .init("actual_value", .real),
            ],
            indexes: [.on("indicators", "scorecard_id")]),
        WarehouseTable(
            "line_items", id: true,
            [
                .init("document_id", .integer, notNull: true, references: "documents"),
                .init("seq", .integer, notNull: true),
                .init("table_id", .integer, references: "tables"), .init("table_key", .text), .init("row", .integer),
                .init("col", .integer), .init("page", .integer), .init("code", .text), .init("level", .integer),
                .init("parent", .text), .init("name", .text), .init("column_label", .text), .init("amount", .real),
                .init("status", .text), .init("text", .text), .init("unit", .text),
            ],
            indexes: [
                .on("line_items", "document_id"), .on("line_items", "table_id"), .on("line_items", "code"),
                .init("line_items_by_cell", ["table_id", "row", "col"]),
            ]),
        WarehouseTable(
            "diagnostics", id: true,
            [
                .init("document_id", .integer, notNull: true, references: "documents"),
                .init("seq", .integer, notNull: true),
                .init("severity", .text, notNull: true), .init("code", .text, notNull: true), .init("page", .integer),
                .init("message", .text, notNull: true),
            ],
            indexes: [.on("diagnostics", "document_id"), .on("diagnostics", "code")]),
    ]

    /// The table named `name`.
    package static func table(_ name: String) -> WarehouseTable {
        tables.first { $0.name == name }!
    }

    /// Tables whose ids other rows refer to: a store must know each row's id before its children
    /// are written.
    package static let referenced: Set<String> = Set(tables.flatMap { $0.columns.compactMap(\.references) })
}

/// One table of the warehouse.
package struct WarehouseTable: Sendable {
    package enum ColumnType: Sendable {
        case integer, real, text, boolean
    }

    package struct Column: Sendable {
        package var name: String
        package var type: ColumnType
        package var notNull: Bool
        /// The parent table; the row goes when its parent does (`ON DELETE CASCADE`).
        package var references: String?

        init(_ name: String, _ type: ColumnType, notNull: Bool = false, references: String? = nil) {
            self.name = name
            self.type = type
            self.notNull = notNull
            self.references = references
        }
    }

    package struct Index: Sendable {
        package var name: String
        package var columns: [String]

        init(_ name: String, _ columns: [String]) {
            self.name = name
            self.columns = columns
        }

        /// A one-column index named as SQLite's first migration named it: `tables_on_kind`.
        static func on(_ table: String, _ column: String) -> Index {
            Index("\(table)_on_\(column)", [column])
        }
    }

    package var name: String
    /// The table has an `id` primary key, assigned by the store, before `columns`.
    package var hasID: Bool
    package var columns: [Column]
    /// A primary key of several columns, for tables without `id`.
    package var primaryKey: [String]
    package var unique: [[String]]
    package var indexes: [Index]

    init(
        _ name: String, id: Bool = false, _ columns: [Column], primaryKey: [String] = [], unique: [[String]] = [],
        indexes: [Index] = []
    ) {
        self.name = name
        self.hasID = id
        self.columns = columns
        self.primaryKey = primaryKey
        self.unique = unique
        self.indexes = indexes
    }

    /// The column names in row order: `id` first when the table has one.
    package var columnNames: [String] {
        (hasID ? ["id"] : []) + columns.map(\.name)
    }
}
