import Layout

/// Turns a logical table into its output form.
enum TableEmitter {
    static func table(_ table: LogicalTable, id: String, kind: String?) -> Table {
        let cells = table.cells
            .sorted { ($0.rows.lowerBound, $0.columns.lowerBound) < ($1.rows.lowerBound, $1.columns.lowerBound) }
            .map { cell in
                Cell(
                    row: cell.rows.lowerBound, col: cell.columns.lowerBound,
                    rowSpan: cell.rowSpan, colSpan: cell.columnSpan, text: cell.text,
                    page: table.rowPages.indices.contains(cell.rows.lowerBound)
                        ? table.rowPages[cell.rows.lowerBound] : table.pages.first ?? 0,
                    bbox: bbox(cell.box), holdsTable: cell.holdsTable ? true : nil)
            }
        return Table(
            id: id, title: table.caption.title, kind: kind, pages: table.pages, nRows: table.rowCount,
            nCols: table.columnCount, headerRows: table.headerRowCount,
            detection: table.detection.rawValue, formCode: table.caption.formCode,
            unit: table.caption.unit, organization: table.caption.organization,
            notes: table.caption.notes, rowPages: table.rowPages, cells: cells,
            how: table.detection.how, rotation: table.rotation == 0 ? nil : table.rotation)
    }
}
