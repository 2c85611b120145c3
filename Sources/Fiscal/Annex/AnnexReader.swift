import Layout

/// Turns recognised annex tables into line items: one per body row and amount column.
package struct AnnexReader: Sendable {
    package init() {}

    /// Line items of every annex table, in document order.
    package func lineItems(in annexes: AnnexTables) -> [LineItem] {
        annexes.entries.flatMap { lineItems(of: $0.table, index: $0.index, layout: $0.layout) }
    }

    func lineItems(of table: LogicalTable, index: Int, layout: AnnexLayout) -> [LineItem] {
        let unit = Self.unit(table.caption.unit)
        var items: [LineItem] = []
        for group in layout.groups {
            let codes = layout.codes(in: group)
            for row in layout.bodyRows {
                let name = layout.label(row: row, in: group)
                let code = codes[row]
                let texts = group.amountColumns.map { layout.grid.ownText(row, $0) }
                if name.isEmpty && code == nil && texts.allSatisfy(\.isEmpty) { continue }
                for (column, text) in zip(group.amountColumns, texts) {
                    // A cell that does not read is reported (`problems`), not passed off as blank.
                    guard let amount = layout.grid.amount(row, column) else { continue }
                    items.append(
                        LineItem(
                            table: index, row: row, column: column, page: Self.page(of: row, in: table),
                            code: code, level: code.flatMap(Self.level), parent: code.flatMap(Self.parent),
                            name: name, columnPath: layout.paths[column], amount: amount, text: text, unit: unit))
                }
            }
        }
        return items
    }

    /// What the line items of every annex table leave without meaning: demoted columns, unread
    /// cells of amount columns, columns with text that no group uses.
    package func problems(in annexes: AnnexTables) -> [AnnexProblem] {
        annexes.entries.flatMap { problems(of: $0.table, index: $0.index, layout: $0.layout) }
    }

    func problems(of table: LogicalTable, index: Int, layout: AnnexLayout) -> [AnnexProblem] {
        var problems: [AnnexProblem] = []
        let amountColumns = Set(layout.groups.flatMap(\.amountColumns))
        for column in layout.unreadRows.keys.sorted() {
            let rows = layout.unreadRows[column]!
            let texts = rows.map { AnnexProblem.Text(row: $0, text: layout.grid.ownText($0, column)) }
            let path = [layout.paths[column]]
            if layout.demotedColumns.contains(column) {
                problems.append(
                    AnnexProblem(
                        kind: .columnDemoted, table: index, page: Self.page(of: rows[0], in: table),
                        row: nil, columns: [column], columnPaths: path, texts: texts))
            } else if amountColumns.contains(column) {
                problems += texts.map {
                    AnnexProblem(
                        kind: .cellUnread, table: index, page: Self.page(of: $0.row, in: table), row: $0.row,
                        columns: [column], columnPaths: path, texts: [$0])
                }
            }
        }
        let used = Set(layout.groups.flatMap { $0.codeColumns + $0.labelColumns + $0.amountColumns })
        let unused = (0..<layout.grid.columnCount).filter { column in
            !used.contains(column) && ![.share, .ignored].contains(layout.roles[column])
                && layout.bodyRows.contains { !layout.grid.ownText($0, column).isEmpty }
        }
        // A table with no amount printed (a fund the department does not have) is read in full:
        // there is nothing more to give meaning to.
        if !unused.isEmpty {
            problems.append(
                AnnexProblem(
                    kind: .partlyRecognised, table: index, page: table.pages.first ?? 1, row: nil,
                    columns: unused, columnPaths: unused.map { layout.paths[$0] }, texts: []))
        }
        return problems
    }

    static func page(of row: Int, in table: LogicalTable) -> Int {
        table.rowPages.indices.contains(row) ? table.rowPages[row] : table.pages[0]
    }

    /// 类 (3 digits) is level 1, 款 (5) level 2, 项 (7) level 3.
    static func level(of code: String) -> Int? {
        switch code.count {
        case 3: 1
        case 5: 2
        case 7: 3
        default: nil
        }
    }

    static func parent(of code: String) -> String? {
        code.count > 3 ? String(code.prefix(code.count - 2)) : nil
    }

    static func unit(_ line: String?) -> String? {
        guard let line else { return nil }
        if line.contains("万元") { return "万元" }
        if line.contains("元") { return "元" }
        return nil
    }
}
