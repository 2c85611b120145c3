@testable import Layout
import PageModel
import Testing

/// Synthetic pages for table tests: text placed character by character, rulings by position.
/// CJK characters advance by their size, others by half of it.
struct PageSketch {
    var number = 1
    var width = 595.0
    var height = 842.0
    var glyphs: [Glyph] = []
    var rulings: [Ruling] = []
    var fills: [FilledRect] = []

    /// Font 0 is body text (10 pt), font 1 a bold title (16 pt).
    static let fonts = [Font(name: "SimSun", size: 10), Font(name: "SimHei-Bold", size: 16)]

    /// Writes `text` with its top-left corner at (x, y).
    mutating func text(_ text: String, x: Double, y: Double, size: Double = 10, font: Int = 0) {
        var cursor = x
        for scalar in text.unicodeScalars {
            let advance = scalar.isCJK ? size : size / 2
            if !scalar.properties.isWhitespace {
                glyphs.append(
                    Glyph(
                        scalar: scalar,
                        box: Rect(
                            x0: cursor, top: y, x1: cursor + advance,
                            bottom: y + size), font: font))
            }
            cursor += advance
        }
    }

    /// Writes `text` centred in the box.
    mutating func text(_ text: String, centredIn box: Rect, size: Double = 10) {
        let width = text.unicodeScalars.reduce(0) { $0 + ($1.isCJK ? size : size / 2) }
        self.text(text, x: box.midX - width / 2, y: box.midY - size / 2, size: size)
    }

    mutating func horizontal(y: Double, from x0: Double, to x1: Double, width: Double = 0.5) {
        rulings.append(.horizontal(y: y, from: x0, to: x1, width: width))
    }

    mutating func vertical(x: Double, from top: Double, to bottom: Double, width: Double = 0.5) {
        rulings.append(.vertical(x: x, from: top, to: bottom, width: width))
    }

    /// A full grid: every row and column edge drawn across the whole table.
    mutating func grid(rows ys: [Double], columns xs: [Double]) {
        for y in ys { horizontal(y: y, from: xs.first!, to: xs.last!) }
        for x in xs { vertical(x: x, from: ys.first!, to: ys.last!) }
    }

    /// Fills each cell of a grid with text, row by row; nil leaves a cell blank.
    mutating func fill(rows ys: [Double], columns xs: [Double], _ texts: [[String?]]) {
        for (row, line) in texts.enumerated() {
            for (column, text) in line.enumerated() {
                guard let text else { continue }
                self.text(
                    text,
                    centredIn: Rect(
                        x0: xs[column], top: ys[row], x1: xs[column + 1],
                        bottom: ys[row + 1]))
            }
        }
    }

    var page: Page {
        Page(number: number, width: width, height: height, glyphs: glyphs, rulings: rulings, fills: fills)
    }

    func tables(_ finder: TableFinder = TableFinder()) -> [PageTable] {
        finder.findTables(on: page, fonts: Self.fonts)
    }
}

/// The cells as (row, column, row span, column span, text), in reading order.
func layout(_ cells: [TableCell]) -> [String] {
    cells.sorted { ($0.rows.lowerBound, $0.columns.lowerBound) < ($1.rows.lowerBound, $1.columns.lowerBound) }
        .map { "\($0.rows.lowerBound) \($0.columns.lowerBound) \($0.rowSpan)x\($0.columnSpan) \($0.text)" }
}

/// Every grid position is covered by exactly one cell.
func expectTiling(_ cells: [TableCell], rows: Int, columns: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    var covered = Array(repeating: 0, count: rows * columns)
    for cell in cells {
        for row in cell.rows { for column in cell.columns { covered[row * columns + column] += 1 } }
    }
    #expect(covered.allSatisfy { $0 == 1 }, "positions covered \(covered)", sourceLocation: sourceLocation)
}
