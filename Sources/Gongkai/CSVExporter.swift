import Foundation

/// Spreadsheet-ready copies of a report's numbers: one CSV per table (the grid with merged cells
/// written at their top-left position) and one for the annex line items.
public enum CSVExporter {
    /// File names and contents, in a stable order.
    public static func files(for report: Report) -> [(name: String, data: Data)] {
        var files = report.tables.map { table in (name: "\(table.id).csv", data: csv(of: table)) }
        files.append((name: "line_items.csv", data: csv(lineItemRows(report.lineItems))))
        return files
    }

    /// One table's grid as CSV: a merged cell's text at its top-left position.
    public static func csv(of table: Table) -> Data {
        csv(grid(of: table))
    }

    static func grid(of table: Table) -> [[String]] {
        var rows = [[String]](repeating: [String](repeating: "", count: table.nCols), count: table.nRows)
        for cell in table.cells where cell.row < table.nRows && cell.col < table.nCols {
            rows[cell.row][cell.col] = cell.text
        }
        return rows
    }

    static func lineItemRows(_ items: [LineItemRecord]) -> [[String]] {
        let header = [
            "table", "page", "row", "col", "code", "level", "parent", "name", "column",
            "amount", "status", "text", "unit",
        ]
        return [header]
            + items.map { item in
                [
                    item.table, String(item.page), String(item.row), String(item.col), item.code ?? "",
                    item.level.map(String.init) ?? "", item.parent ?? "", item.name,
                    item.column.joined(separator: "/"), item.amount.map { "\($0)" } ?? "", item.status,
                    item.text, item.unit ?? "",
                ]
            }
    }

    /// RFC 4180, with a UTF-8 byte order mark so spreadsheet programs read the Chinese text.
    static func csv(_ rows: [[String]]) -> Data {
        var text = "\u{FEFF}"
        for row in rows {
            text += row.map(quote).joined(separator: ",") + "\r\n"
        }
        return Data(text.utf8)
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
