import GRDB

/// The warehouse's tables in SQLite, created and changed only through these migrations; they
/// arrive at `WarehouseLayout`, which a test checks. GRDB records the
/// migrations applied in `grdb_migrations`; `PRAGMA user_version` holds the schema version as
/// a number, for tools that do not know GRDB.
///
/// Every table below `documents` is deleted with its document (`ON DELETE CASCADE`), so
/// replacing a document is one delete and one insert.
enum WarehouseSchema {
    /// The version the migrations below produce: the layout's (checked by a test).
    static let version = 2

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(
            "v1: documents, pages, headings, tables, cells, scorecards, indicators, line_items, diagnostics"
        ) { db in
            try db.create(table: "documents") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sha256", .text).notNull().unique()
                t.column("file", .text).notNull()
                t.column("loaded_from", .text)
                t.column("schema_version", .text).notNull()
                t.column("page_count", .integer).notNull()
                t.column("pages_extracted", .text)
                t.column("title", .text)
                t.column("organization", .text)
                t.column("fiscal_year", .integer)
                t.column("report_kind", .text)
                t.column("published_on", .text)
            }
            try db.create(
                index: "documents_by_organization_year", on: "documents", columns: ["organization", "fiscal_year"])

            try db.create(table: "pages") { t in
                t.column("document_id", .integer).notNull().references("documents", onDelete: .cascade)
                t.column("number", .integer).notNull()
                t.column("width", .double).notNull()
                t.column("height", .double).notNull()
                t.column("rotation", .integer).notNull()
                t.column("character_count", .integer)
                t.primaryKey(["document_id", "number"])
            }

            try db.create(table: "headings") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .integer).notNull().indexed().references("documents", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("level", .integer).notNull()
                t.column("numbering", .text)
                t.column("title", .text).notNull()
                t.column("page", .integer).notNull()
            }

            try db.create(table: "tables") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .integer).notNull().references("documents", onDelete: .cascade)
                t.column("table_key", .text).notNull()
                t.column("seq", .integer).notNull()
                t.column("title", .text).indexed()
                t.column("kind", .text).indexed()
                t.column("first_page", .integer)
                t.column("last_page", .integer)
                t.column("pages", .text).notNull()
                t.column("n_rows", .integer).notNull()
                t.column("n_cols", .integer).notNull()
                t.column("header_rows", .integer).notNull()
                t.column("detection", .text)
                t.column("form_code", .text)
                t.column("unit", .text)
                t.column("organization", .text)
                t.column("notes", .text).notNull()
                t.uniqueKey(["document_id", "table_key"])
            }

            try db.create(table: "cells") { t in
                t.column("table_id", .integer).notNull().references("tables", onDelete: .cascade)
                t.column("row", .integer).notNull()
                t.column("col", .integer).notNull()
                t.column("row_span", .integer).notNull()
                t.column("col_span", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("page", .integer)
                t.column("x0", .double)
                t.column("top", .double)
                t.column("x1", .double)
                t.column("bottom", .double)
                t.column("is_header", .boolean).notNull()
                t.column("column_header", .text)
                t.column("row_code", .text).indexed()
                t.column("row_label", .text)
                t.column("amount", .double)
                t.primaryKey(["table_id", "row", "col"])
            }

            try db.create(table: "scorecards") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .integer).notNull().indexed().references("documents", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("table_id", .integer).indexed().references("tables", onDelete: .cascade)
                t.column("table_key", .text)
                t.column("title", .text)
                t.column("year", .integer)
                t.column("project", .text)
                t.column("department", .text)
                t.column("implementer", .text)
            }

            try db.create(table: "indicators") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("scorecard_id", .integer).notNull().indexed().references("scorecards", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("row", .integer)
                t.column("level1", .text)
                t.column("level2", .text)
                t.column("level3", .text)
                t.column("operator", .text)
                t.column("target", .text)
                t.column("unit", .text)
                t.column("target_text", .text)
                t.column("actual", .text)
                t.column("weight", .double)
                t.column("score", .double)
                t.column("note", .text)
                t.column("target_value", .double)
                t.column("actual_value", .double)
            }

            try db.create(table: "line_items") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .integer).notNull().indexed().references("documents", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("table_id", .integer).indexed().references("tables", onDelete: .cascade)
                t.column("table_key", .text)
                t.column("row", .integer)
                t.column("col", .integer)
                t.column("page", .integer)
                t.column("code", .text).indexed()
                t.column("level", .integer)
                t.column("parent", .text)
                t.column("name", .text)
                t.column("column_label", .text)
                t.column("amount", .double)
                t.column("status", .text)
                t.column("text", .text)
                t.column("unit", .text)
            }

            try db.create(table: "diagnostics") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("document_id", .integer).notNull().indexed().references("documents", onDelete: .cascade)
                t.column("seq", .integer).notNull()
                t.column("severity", .text).notNull()
                t.column("code", .text).notNull().indexed()
                t.column("page", .integer)
                t.column("message", .text).notNull()
            }
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        // The meaning of annex cells (subject code, row label, header path, amount) is what the
        // JSON's line_items carry, read once by the extractor; cells worked out a second meaning
        // of their own, which disagreed with it (the first code of a row on side-by-side tables).
        migrator.registerMigration("v2: cells keep what is printed; annex meaning only in line_items") { db in
            try db.drop(index: "cells_on_row_code")
            try db.alter(table: "cells") { t in
                for column in ["column_header", "row_code", "row_label", "amount"] { t.drop(column: column) }
            }
            try db.create(index: "line_items_by_cell", on: "line_items", columns: ["table_id", "row", "col"])
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        return migrator
    }

}
