import Foundation
import Layout

/// Checks that the amounts of annex tables add up the way budget tables must.
///
/// Each printed figure is rounded to its last printed place on its own, so a printed total may
/// differ from the sum of its printed parts by up to half a unit of the last place of every
/// figure taking part (0.005 万元 each for two decimals), even when the underlying figures add up
/// exactly. A relation fails only beyond that bound.
///
/// Only printed amounts take part. A blank, a dash, a cell that does not read, or a position a
/// merged cell passes over (a 合计 label spanning the amount column of its group) holds no
/// figure: it is never read as 0. A total without a figure is not checked, a part without one
/// adds nothing, and relations with no part printed, or with every figure zero, prove nothing
/// and are not checked.
package struct ArithmeticChecker: Sendable {
    package init() {}

    /// The relations that fail, and how many were checked.
    package func check(_ annexes: AnnexTables) -> (failures: [ArithmeticFailure], checked: Int) {
        var failures: [ArithmeticFailure] = []
        var checked = 0
        for (index, table, layout) in annexes.entries {
            var context = Context(table: table, index: index, layout: layout)
            for group in layout.groups {
                context.checkHierarchy(in: group)
                context.checkTotalColumns(in: group)
            }
            context.checkSides()
            failures += context.failures
            checked += context.checked
        }
        return (failures, checked)
    }

    struct Context {
        let table: LogicalTable
        let index: Int
        let layout: AnnexLayout
        var failures: [ArithmeticFailure] = []
        var checked = 0

        init(table: LogicalTable, index: Int, layout: AnnexLayout) {
            self.table = table
            self.index = index
            self.layout = layout
        }

        /// The printed amount at a position; nil where none is printed there.
        func figure(_ row: Int, _ column: Int) -> AmountText? {
            guard let amount = layout.grid.amount(row, column), case .amount = amount else { return nil }
            return amount
        }

        /// Compares a total with its parts and records a failure beyond rounding.
        mutating func compare(
            _ relation: ArithmeticFailure.Relation, total: (row: Int, column: Int),
            parts: [(row: Int, column: Int)], label: String
        ) {
            guard let printed = figure(total.row, total.column) else { return }
            let values = parts.compactMap { figure($0.row, $0.column) }
            let all = [printed] + values
            guard !values.isEmpty, all.contains(where: { ($0.value ?? 0) != 0 }) else { return }
            let computed = values.reduce(0.0) { $0 + ($1.value ?? 0) }
            let tolerance = all.reduce(0.0) { $0 + $1.roundingBound }
            checked += 1
            let difference = (printed.value ?? 0) - computed
            // A hair above the bound, so binary rounding of the sum never fails a relation that holds.
            guard difference.magnitude > tolerance + 1e-9 else { return }
            failures.append(
                ArithmeticFailure(
                    relation: relation, table: index, row: total.row, column: total.column,
                    page: table.rowPages.indices.contains(total.row) ? table.rowPages[total.row] : table.pages[0],
                    rowLabel: label, columnPath: layout.paths[total.column],
                    printed: printed.value ?? 0, computed: computed, tolerance: tolerance,
                    decimals: all.map(\.decimals).max() ?? 0))
        }

        /// 类 = Σ 款, 款 = Σ 项, and a 合计 row = Σ 类, per amount column.
        mutating func checkHierarchy(in group: AnnexLayout.Group) {
            let codes = layout.codes(in: group)
            guard !codes.isEmpty else { return }
            for (row, code) in codes.sorted(by: { $0.key < $1.key }) {
                let children = codes.filter { $0.value.count == code.count + 2 && $0.value.hasPrefix(code) }
                    .keys.sorted()
                guard !children.isEmpty else { continue }
                let label = "\(code) \(layout.label(row: row, in: group))"
                for column in group.amountColumns {
                    compare(.hierarchy, total: (row, column), parts: children.map { ($0, column) }, label: label)
                }
            }
            let categories = codes.filter { $0.value.count == 3 }.keys.sorted()
            guard !categories.isEmpty else { return }
            for row in layout.bodyRows where codes[row] == nil {
                let label = layout.label(row: row, in: group)
                guard label.contains("合计") || label == "总计" else { continue }
                for column in group.amountColumns {
                    compare(.totalRow, total: (row, column), parts: categories.map { ($0, column) }, label: label)
                }
            }
        }

        /// A column headed 合计 or 小计 equals the columns beside it under the same parent
        /// header; a sibling with columns of its own counts through its own 合计/小计 column.
        mutating func checkTotalColumns(in group: AnnexLayout.Group) {
            let codes = layout.codes(in: group)
            for (position, column) in group.amountColumns.enumerated() {
                let path = layout.paths[column]
                guard let leaf = path.last, Self.isTotalHeader(leaf) else { continue }
                let parent = Array(path.dropLast())
                var parts: [Int] = []
                var siblings: [String: [Int]] = [:]
                var order: [String] = []
                for other in group.amountColumns[(position + 1)...] {
                    let otherPath = layout.paths[other]
                    guard otherPath.count > parent.count, Array(otherPath.prefix(parent.count)) == parent else { break }
                    let key = otherPath[parent.count]
                    // "其中：…" columns break a total down again; they are not further addends.
                    if key.hasPrefix("其中") || (Self.isTotalHeader(key) && otherPath.count == path.count) { break }
                    if siblings[key] == nil { order.append(key) }
                    siblings[key, default: []].append(other)
                }
                for key in order {
                    let columns = siblings[key]!
                    if columns.count == 1 {
                        parts.append(columns[0])
                    } else if let total = columns.first(where: {
                        layout.paths[$0].last.map(Self.isTotalHeader) ?? false
                    }) {
                        parts.append(total)
                    } else {
                        parts = []
                        break
                    }
                }
                guard parts.count >= 2 else { continue }
                for row in layout.bodyRows {
                    let label = [codes[row], layout.label(row: row, in: group)].compactMap { $0 }
                    compare(
                        .totalColumn, total: (row, column), parts: parts.map { (row, $0) },
                        label: label.joined(separator: " "))
                }
            }
        }

        /// On a 总表, 总计 of the income side equals 总计 of the expenditure side.
        mutating func checkSides() {
            guard layout.groups.count == 2 else { return }
            let (left, right) = (layout.groups[0], layout.groups[1])
            for row in layout.bodyRows {
                let leftLabel = layout.label(row: row, in: left), rightLabel = layout.label(row: row, in: right)
                guard leftLabel.contains("总计"), rightLabel.contains("总计"),
                    let a = left.amountColumns.first, let b = right.amountColumns.first
                else { continue }
                compare(.sidesAgree, total: (row, a), parts: [(row, b)], label: leftLabel)
            }
        }

        static func isTotalHeader(_ text: String) -> Bool {
            text == "小计" || text == "总计" || text.hasSuffix("合计")
        }
    }
}
