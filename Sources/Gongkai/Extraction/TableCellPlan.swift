import Fiscal
import Layout
import Raster

/// Which cells of a page's ruled tables to read again by OCR, and which of them hold amounts:
/// the body cells of a column whose first reading is mostly amounts. A column is the cells of
/// the same span across the body rows: one grid column, or several that a header (类/款/项 over
/// one code cell a row) splits above merged body cells.
enum TableCellPlan {
    /// A column is an amount column when at least this share of its read body cells are amounts.
    static let amountShare = 0.6

    static func cells(of tables: [PageTable]) -> [RasterCellReader.Cell] {
        tables.filter { $0.detection != .textAlignment }.flatMap { table in
            let amountColumns = amountColumns(of: table)
            return table.cells.map { cell in
                let body = cell.rows.lowerBound >= table.headerRowCount
                // A cell whose first reading holds an ideograph is a label, whatever its column.
                let amount =
                    body && amountColumns.contains(cell.columns)
                    && !cell.text.unicodeScalars.contains(where: \.properties.isIdeographic)
                return RasterCellReader.Cell(box: cell.box, isAmount: amount)
            }
        }
    }

    static func amountColumns(of table: PageTable) -> Set<Range<Int>> {
        var read: [Range<Int>: (amounts: Int, all: Int)] = [:]
        for cell in table.cells where cell.rows.lowerBound >= table.headerRowCount {
            let text = cell.text.filter { !$0.isWhitespace }
            guard !text.isEmpty else { continue }
            var tally = read[cell.columns] ?? (0, 0)
            tally.all += 1
            if isAmount(text) || readsAsSignedCode(text) { tally.amounts += 1 }
            read[cell.columns] = tally
        }
        return Set(
            read.filter { $0.value.amounts >= 2 && Double($0.value.amounts) >= amountShare * Double($0.value.all) }.keys
        )
    }

    /// A 款 or 项 subject code whose first 2 the page's reading took for a comparison sign
    /// (≥0801 for 20801, its foot blurred off its curve): the codes of a column so misread are
    /// still a column of figures to read again. Targets are shorter or more than digits (≥90,
    /// ≥95%, ≥0.5).
    static func readsAsSignedCode(_ text: String) -> Bool {
        guard let first = text.first, "≥≤".contains(first) else { return false }
        let code = "2" + text.dropFirst()
        return code.isSubjectCode && code.count >= 5
    }

    /// Digits with separators, a sign and a decimal part or a percent sign: 1,736.36, -5, 0%.
    static func isAmount(_ text: String) -> Bool {
        text.wholeMatch(of: /[-+−]?[0-9][0-9,]*(\.[0-9]+)?%?/) != nil
    }
}
