import Foundation
import Gongkai
import Testing

/// Reports made for the review tests: `pages` pages of A4, a grid table per entry of `tables`
/// (page, rows, columns, with the top-left cell spanning two columns), diagnostics as given.
enum ReportFixture {
    struct TableSpec {
        var page: Int
        var rows: Int
        var cols: Int
    }

    static func report(
        pages: Int, tables: [TableSpec] = [], diagnostics: [[String: Any]] = [],
        title: String? = nil
    ) throws -> Report {
        var tableObjects: [[String: Any]] = []
        for (index, spec) in tables.enumerated() {
            var cells: [[String: Any]] = []
            for row in 0..<spec.rows {
                var col = 0
                while col < spec.cols {
                    let span = row == 0 && col == 0 && spec.cols > 1 ? 2 : 1
                    let x = 50 + Double(col) * 60, y = 100 + Double(row) * 20
                    cells.append([
                        "row": row, "col": col, "row_span": 1, "col_span": span, "text": "r\(row)c\(col)",
                        "page": spec.page, "bbox": [x, y, x + Double(span) * 60, y + 20],
                    ])
                    col += span
                }
            }
            tableObjects.append([
                "id": "t\(index + 1)", "title": "表\(index + 1)", "kind": NSNull(), "pages": [spec.page],
                "n_rows": spec.rows, "n_cols": spec.cols, "header_rows": 1, "detection": "ruled",
                "form_code": NSNull(), "unit": "万元", "organization": NSNull(), "notes": [],
                "row_pages": Array(repeating: spec.page, count: spec.rows), "cells": cells,
            ])
        }
        let object: [String: Any] = [
            "schema_version": "1.1.0",
            "source": ["file": "fixture.pdf", "sha256": String(repeating: "0", count: 64), "page_count": pages],
            "metadata": [
                "title": title.map { $0 as Any } ?? NSNull(), "organization": NSNull(), "fiscal_year": NSNull(),
                "report_kind": NSNull(), "published_on": NSNull(),
            ],
            "pages": (1...max(pages, 1)).prefix(pages).map { number -> [String: Any] in
                [
                    "number": number, "width": 595.0, "height": 842.0, "rotation": 0,
                    "crop_box": [0, 0, 595, 842], "character_count": 10,
                ]
            },
            "headings": [["level": 2, "numbering": "一、", "title": "概况", "page": 1, "bbox": [50, 40, 200, 60]]],
            "paragraphs": [], "outline": [], "figures": [], "tables": tableObjects, "scorecards": [],
            "line_items": [], "diagnostics": diagnostics,
        ]
        let data = try JSONSerialization.data(withJSONObject: object)
        return try JSONDecoder().decode(Report.self, from: data)
    }

    static func diagnostic(_ code: String, page: Int?, table: String? = nil, row: Int? = nil, col: Int? = nil)
        -> [String: Any]
    {
        var out: [String: Any] = [
            "severity": "warning", "code": code, "page": page ?? NSNull(), "message": "\(code) here",
        ]
        if let table { out["table"] = table }
        if let row { out["row"] = row }
        if let col { out["col"] = col }
        return out
    }
}

/// A site written into memory, in the order of writing.
final class MemorySite {
    var files: [(path: String, data: Data)] = []

    func write(_ path: String, _ data: Data) throws { files.append((path, data)) }

    func file(_ path: String) -> Data? { files.last { $0.path == path }?.data }

    /// The value a `window.NAME = …;` script assigns.
    func scriptValue(_ path: String) throws -> [String: Any] {
        let text = String(decoding: try #require(file(path)), as: UTF8.self)
        let start = try #require(text.firstIndex(of: "{"))
        let end = try #require(text.lastIndex(of: "}"))
        return try #require(try JSONSerialization.jsonObject(with: Data(text[start...end].utf8)) as? [String: Any])
    }
}
