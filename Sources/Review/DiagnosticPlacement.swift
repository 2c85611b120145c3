import Gongkai

/// Where on its page a diagnostic is drawn: the cell it names, else its row, else its table's
/// cells on that page; nil for a problem of the whole page or document.
enum DiagnosticPlacement {
    static func box(of diagnostic: Diagnostic, in tables: [String: Table]) -> [Double]? {
        guard let page = diagnostic.page, let id = diagnostic.table, let table = tables[id] else { return nil }
        let onPage = table.cells.filter { $0.page == page }
        if let row = diagnostic.row {
            let inRow = onPage.filter { $0.row <= row && row < $0.row + $0.rowSpan }
            if let col = diagnostic.col,
                let cell = inRow.first(where: { $0.col <= col && col < $0.col + $0.colSpan })
            {
                return cell.bbox
            }
            if let box = union(inRow.map(\.bbox)) { return box }
        }
        return union(onPage.map(\.bbox))
    }

    /// The smallest box holding every box; nil for none.
    static func union(_ boxes: [[Double]]) -> [Double]? {
        let valid = boxes.filter { $0.count == 4 }
        guard !valid.isEmpty else { return nil }
        return [
            valid.map { $0[0] }.min()!, valid.map { $0[1] }.min()!,
            valid.map { $0[2] }.max()!, valid.map { $0[3] }.max()!,
        ]
    }
}
