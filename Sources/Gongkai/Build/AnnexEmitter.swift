import Fiscal
import Foundation

/// Turns annex line items, failed arithmetic and unread annex cells into their output forms.
enum AnnexEmitter {
    static func record(_ item: LineItem, tableID: String) -> LineItemRecord {
        let status: String
        switch item.amount {
        case .amount: status = "amount"
        case .dash: status = "dash"
        case .blank: status = "blank"
        }
        return LineItemRecord(
            table: tableID, row: item.row, col: item.column, page: item.page,
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
        return Diagnostic(
            .warning, .arithmeticMismatch, page: failure.page, table: tableID,
            row: failure.row, col: failure.column,
            message:
                "table \(tableID), row \(failure.row) \"\(failure.rowLabel)\", column \"\(column)\": printed \(shown(failure.printed, failure.decimals)) \(what), \(shown(failure.computed, failure.decimals)) (beyond the rounding tolerance \(shown(failure.tolerance, failure.decimals + 1)))"
        )
    }

    static func diagnostic(_ problem: AnnexProblem, tableID: String) -> Diagnostic {
        let columns = problem.columnPaths.map { "\"\($0.joined(separator: "/"))\"" }.joined(separator: ", ")
        let texts = problem.texts.map { "row \($0.row) \"\($0.text)\"" }.joined(separator: ", ")
        switch problem.kind {
        case .columnDemoted:
            return Diagnostic(
                .warning, .amountColumnDemoted, page: problem.page, table: tableID,
                message:
                    "table \(tableID), column \(problem.columns[0]) \(columns): read as labels, not amounts, because these cells do not read as amounts: \(texts)"
            )
        case .cellUnread:
            return Diagnostic(
                .warning, .amountColumnDemoted, page: problem.page, table: tableID,
                message:
                    "table \(tableID), \(texts), column \(columns): does not read as an amount; left out of the line items"
            )
        case .partlyRecognised:
            let numbers = problem.columns.map(String.init).joined(separator: ", ")
            return Diagnostic(
                .info, .tablePartlyRecognised, page: problem.page, table: tableID,
                message:
                    "table \(tableID) is a standard annex table, but column(s) \(numbers) \(columns) belong to no line item"
            )
        }
    }
}
