import Fiscal
import Foundation

/// Turns annex line items and failed arithmetic into their output forms.
enum AnnexEmitter {
    static func record(_ item: LineItem, tableID: String) -> LineItemRecord {
        let status: String
        switch item.amount {
        case .amount: status = "amount"
        case .dash: status = "dash"
        case .blank: status = "blank"
        }
        return LineItemRecord(table: tableID, row: item.row, col: item.column, page: item.page,
                              code: item.code, level: item.level, parent: item.parent, name: item.name,
                              column: item.columnPath, amount: item.amount.value, status: status,
                              text: item.text, unit: item.unit)
    }

    static func shown(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    static func diagnostic(_ failure: ArithmeticFailure, tableID: String) -> Diagnostic {
        let column = failure.columnPath.joined(separator: "/")
        let what: String
        switch failure.relation {
        case .hierarchy: what = "does not equal the sum of its sub-items"
        case .totalRow: what = "does not equal the sum of its 类 rows"
        case .totalColumn: what = "does not equal the sum of the columns it totals"
        case .sidesAgree: what = "differs between the two sides of the table"
        }
        return Diagnostic(.warning, .arithmeticMismatch, page: failure.page,
            message: "table \(tableID), row \(failure.row) \"\(failure.rowLabel)\", column \"\(column)\": printed \(shown(failure.printed, failure.decimals)) \(what), \(shown(failure.computed, failure.decimals)) (beyond the rounding tolerance \(shown(failure.tolerance, failure.decimals + 1)))")
    }
}
