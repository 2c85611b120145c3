import Layout
import Raster

/// Which cells of a page's ruled tables to read again by OCR, and which of them hold amounts:
/// the body cells of a column whose first reading is mostly amounts.
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
                    body && cell.columnSpan == 1 && amountColumns.contains(cell.columns.lowerBound)
                    && !cell.text.unicodeScalars.contains(where: \.properties.isIdeographic)
                return RasterCellReader.Cell(box: cell.box, isAmount: amount)
            }
        }
    }

    static func amountColumns(of table: PageTable) -> Set<Int> {
        var read: [Int: (amounts: Int, all: Int)] = [:]
        for cell in table.cells where cell.rows.lowerBound >= table.headerRowCount && cell.columnSpan == 1 {
            let text = cell.text.filter { !$0.isWhitespace }
            guard !text.isEmpty else { continue }
            var tally = read[cell.columns.lowerBound] ?? (0, 0)
            tally.all += 1
            if isAmount(text) { tally.amounts += 1 }
            read[cell.columns.lowerBound] = tally
        }
        return Set(
            read.filter { $0.value.amounts >= 2 && Double($0.value.amounts) >= amountShare * Double($0.value.all) }.keys
        )
    }

    /// Digits with separators, a sign and a decimal part or a percent sign: 1,736.36, -5, 0%.
    static func isAmount(_ text: String) -> Bool {
        text.wholeMatch(of: /[-+−]?[0-9][0-9,]*(\.[0-9]+)?%?/) != nil
    }
}
