import PageModel

/// Decides how many leading rows of a table are its header.
///
/// A shaded band across the top of the grid marks the header where the producer drew one.
/// Otherwise the header runs until the first row that holds an amount (a number with decimals or
/// thousands separators) or is blank. Either way the boundary is moved down until no cell
/// straddles it, since a header cell spanning rows ends the header only where it ends.
struct HeaderRowDetector: Sendable {
    var options: TableFinder.Options

    func countHeaderRows(cells: [TableCell], rowEdges: [Double], fills: [FilledRect]) -> Int {
        let rowCount = rowEdges.count - 1
        guard rowCount > 1 else { return 0 }
        var count = shadedRowCount(rowEdges: rowEdges, width: rowWidth(cells), fills: fills)
        if count == 0 {
            // Without any data row the header is the first row and whatever spans down from it.
            count = rowsBeforeData(cells: cells, rowCount: rowCount) ?? 1
        }
        guard count > 0 else { return 0 }
        // Move down to a boundary no cell crosses.
        while count < rowCount, cells.contains(where: { $0.rows.lowerBound < count && $0.rows.upperBound > count }) {
            count += 1
        }
        return count <= options.maxHeaderRows && count < rowCount ? count : 0
    }

    func rowWidth(_ cells: [TableCell]) -> (x0: Double, x1: Double) {
        (cells.map(\.box.x0).min() ?? 0, cells.map(\.box.x1).max() ?? 0)
    }

    /// Leading rows lying inside a fill that spans (nearly) the whole grid width.
    func shadedRowCount(rowEdges: [Double], width: (x0: Double, x1: Double), fills: [FilledRect]) -> Int {
        let bands = fills.filter { $0.box.width >= options.headerShadingWidth * (width.x1 - width.x0) }
        var count = 0
        while count + 1 < rowEdges.count - 1 {
            let top = rowEdges[count], bottom = rowEdges[count + 1]
            let midY = (top + bottom) / 2
            guard bands.contains(where: { $0.box.top <= midY && $0.box.bottom >= midY }) else { break }
            count += 1
        }
        return count
    }

    /// The index of the first row holding an amount, or of the first blank row after one with
    /// text; nil when there is none. Blank rows on top are the header's: a title row whose
    /// text a scan's reading missed does not make the header empty.
    func rowsBeforeData(cells: [TableCell], rowCount: Int) -> Int? {
        var hasText = Array(repeating: false, count: rowCount)
        var hasAmount = Array(repeating: false, count: rowCount)
        for cell in cells where !cell.text.isEmpty {
            for row in cell.rows { hasText[row] = true }
            if isAmount(cell.text) { hasAmount[cell.rows.lowerBound] = true }
        }
        let firstText = hasText.firstIndex(of: true) ?? rowCount
        return (0..<rowCount).first { hasAmount[$0] || (!hasText[$0] && $0 > firstText) }
    }
}

/// Whether the text reads as an amount: digits with a decimal point or thousands separators
/// (`1,736.23`, `0.00`, `90,238,584`), as opposed to a row number or a subject code.
func isAmount(_ text: String) -> Bool {
    var digits = 0, marks = 0
    for scalar in text.unicodeScalars {
        switch scalar {
        case "0"..."9": digits += 1
        case ".", ",": marks += 1
        case "-", "%", " ": continue
        default: return false
        }
    }
    return digits > 0 && marks > 0
}
