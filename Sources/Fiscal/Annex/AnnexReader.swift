import Layout

/// Turns recognised annex tables into line items: one per body row and amount column.
public struct AnnexReader: Sendable {
    public init() {}

    /// Line items of every annex table, in document order.
    public func lineItems(in annexes: AnnexTables) -> [LineItem] {
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
                    items.append(LineItem(
                        table: index, row: row, column: column,
                        page: table.rowPages.indices.contains(row) ? table.rowPages[row] : table.pages[0],
                        code: code, level: code.flatMap(Self.level), parent: code.flatMap(Self.parent),
                        name: name, columnPath: layout.paths[column],
                        amount: layout.grid.amount(row, column) ?? .blank, text: text, unit: unit))
                }
            }
        }
        return items
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
