import Foundation

/// What a cell means beyond its text, derived once at load time so queries stay simple: the
/// column headings above it, the subject code and label of its row, and its amount.
///
/// - `columnHeader`: the texts of the header cells covering the cell's first column, top to
///   bottom, joined with " / " — without empty texts, column numbers (栏次 1, 2, 3 …) and
///   repeats: `决算数 / 合计`.
/// - `rowCode`: a subject code at the start of the row, in one cell (`2080505`) or split over
///   类/款/项 columns (`208`, `05`, `05`): a first part of 3, 5 or 7 digits, further parts of 2,
///   at most 7 digits in all. Anything else is not a code.
/// - `rowLabel`: the row's first text that is neither part of its code nor a number (`合计`,
///   `机关事业单位基本养老保险缴费支出`).
/// - `amount`: the cell's number, unless the cell is part of the code or sits in a column of
///   codes or line numbers (heading mentions 编码, 代码, 行次 or 栏次).
struct CellAnnotator {
    struct Annotation: Equatable {
        var isHeader: Bool
        var columnHeader: String?
        var rowCode: String?
        var rowLabel: String?
        var amount: Double?
    }

    typealias Cell = ReportDocument.CellRow

    /// One annotation per cell of `cells`, in the same order.
    static func annotate(_ cells: [Cell], headerRows: Int) -> [Annotation] {
        let headers = columnHeaders(cells, headerRows: headerRows)
        var byRow: [Int: [Int]] = [:]
        for (index, cell) in cells.enumerated() where cell.row >= headerRows {
            byRow[cell.row, default: []].append(index)
        }
        var annotations = cells.map { Annotation(isHeader: $0.row < headerRows) }
        for indices in byRow.values {
            let ordered = indices.sorted { cells[$0].col < cells[$1].col }
            let (code, codeCells) = subjectCode(ordered.map { cells[$0].text })
            let label = ordered.enumerated().first { position, index in
                let text = trimmed(cells[index].text)
                return !text.isEmpty && !codeCells.contains(position) && Amount.parse(text) == nil
            }.map { trimmed(cells[$0.element].text) }
            for (position, index) in ordered.enumerated() {
                let header = headers[cells[index].col]
                annotations[index].columnHeader = header
                annotations[index].rowCode = code
                annotations[index].rowLabel = label
                if !codeCells.contains(position), !isCodeColumn(header) {
                    annotations[index].amount = Amount.parse(cells[index].text)
                }
            }
        }
        return annotations
    }

    /// Column → heading path.
    static func columnHeaders(_ cells: [Cell], headerRows: Int) -> [Int: String] {
        var parts: [Int: [String]] = [:]
        for cell in cells.filter({ $0.row < headerRows }).sorted(by: { ($0.row, $0.col) < ($1.row, $1.col) }) {
            let text = trimmed(cell.text)
            guard !text.isEmpty, Amount.parse(text) == nil else { continue }
            for col in cell.col..<(cell.col + max(1, cell.colSpan)) where parts[col]?.last != text {
                parts[col, default: []].append(text)
            }
        }
        return parts.mapValues { $0.joined(separator: " / ") }
    }

    /// The code at the start of a row's texts, and the positions of the cells it came from.
    static func subjectCode(_ texts: [String]) -> (String?, Set<Int>) {
        var code = ""
        var used = Set<Int>()
        for (position, raw) in texts.enumerated() {
            let text = trimmed(raw)
            if text.isEmpty { continue }
            guard Amount.isCode(text) else { break }
            let fits = code.isEmpty ? [3, 5, 7].contains(text.count) : text.count == 2 && code.count + 2 <= 7
            guard fits else { break }
            code += text
            used.insert(position)
        }
        return code.isEmpty ? (nil, []) : (code, used)
    }

    static func isCodeColumn(_ header: String?) -> Bool {
        guard let header else { return false }
        return ["编码", "代码", "行次", "栏次"].contains { header.contains($0) }
    }

    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
