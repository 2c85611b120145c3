import Foundation
import Layout

/// Reads the fields printed above a form's blocks as label | value cells: 项目名称, 主管部门,
/// 实施单位 and 年度, or as one cell 项目名称：….
struct ScorecardFieldReader {
    let grid: TableGrid

    struct Fields: Sendable, Hashable {
        var project: String?
        var department: String?
        var implementer: String?
        var yearText: String?
        /// The rows a field was read from.
        var rows: Set<Int> = []
    }

    func read(rows: Range<Int>) -> Fields {
        var fields = Fields()
        var secondaryDepartment: String?
        for row in rows {
            for (index, cell) in grid.cells(inRow: row) {
                guard let (label, value) = labelAndValue(of: index, cell: cell, row: row) else { continue }
                let plain = ScorecardVocabulary.compact(label)
                if ScorecardVocabulary.yearLabels.contains(plain) {
                    fields.yearText = fields.yearText ?? value
                } else {
                    switch ScorecardVocabulary.match(plain, in: ScorecardVocabulary.fields) {
                    case .project?: fields.project = fields.project ?? value
                    case .implementer?: fields.implementer = fields.implementer ?? value
                    case .department?:
                        if ScorecardVocabulary.secondaryDepartmentWords.contains(where: plain.contains) {
                            secondaryDepartment = secondaryDepartment ?? value
                        } else {
                            fields.department = fields.department ?? value
                        }
                    case nil: continue
                    }
                }
                fields.rows.insert(row)
            }
        }
        fields.department = fields.department ?? secondaryDepartment
        return fields
    }

    /// A field label and its value: the next filled cell right of a short label cell, or the
    /// text after the colon of 项目名称：…. Nil when the cell is no field label or has no value.
    func labelAndValue(of index: Int, cell: TableCell, row: Int) -> (String, String)? {
        guard let text = ScorecardVocabulary.value(cell.text) else { return nil }
        if case let (label, value?)? = ScorecardVocabulary.splitAtSeparator(text), Self.isFieldLabel(label) {
            return (label, value)
        }
        // 项目名称 | … or 项目名称： | …: the value is in the next cell.
        let label = ScorecardVocabulary.removeTrailingSeparator(text)
        guard Self.isFieldLabel(label), let next = grid.nextFilledCell(after: index, inRow: row),
            let value = ScorecardVocabulary.value(next.text),
            !Self.isFieldLabel(ScorecardVocabulary.removeTrailingSeparator(value))
        else { return nil }
        return (label, value)
    }

    static func isFieldLabel(_ text: String) -> Bool {
        let plain = ScorecardVocabulary.compact(text)
        guard plain.count <= ScorecardVocabulary.maxFieldLabelLength else { return false }
        return ScorecardVocabulary.yearLabels.contains(plain)
            || ScorecardVocabulary.match(plain, in: ScorecardVocabulary.fields) != nil
    }
}
