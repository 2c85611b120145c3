@testable import Layout
import PageModel
import Testing

/// Grids whose rules and text do not line up neatly: lines set solid, rules stopping short of
/// the frame, cells centred beside two-line cells, cells wrapped wider than their first line.
@Suite struct LooseGridTests {
    /// Writes `texts` as one line per entry from `top`, each piece at the x of its column, in
    /// type of `size` points set `pitch` apart.
    func write(
        _ texts: [[String?]], at xs: [Double], into sketch: inout PageSketch, top: Double, pitch: Double,
        size: Double = 10
    ) {
        for (line, pieces) in texts.enumerated() {
            for (column, text) in pieces.enumerated() {
                guard let text else { continue }
                sketch.text(text, x: xs[column], y: top + Double(line) * pitch, size: size)
            }
        }
    }

    @Test(arguments: [(10.0, 10.0), (9.0, 8.95), (12.0, 11.9)])
    func linesSetSolidUnderAHeaderRuleAreRowsOfTheirOwn(size: Double, pitch: Double) throws {
        // Character boxes as tall as the line pitch or a hair taller: neighbouring lines touch.
        var sketch = PageSketch()
        let xs = [60.0, 200, 300, 400]
        let body = (0..<6).map { row in ["项目\(row)", "\(row).10", "\(row).20", "\(row).30"] }
        for y in [100.0, 100 + pitch + 4, 100 + pitch * 7 + 8] { sketch.horizontal(y: y, from: 55, to: 480) }
        for x in [55.0, 480] { sketch.vertical(x: x, from: 100, to: 100 + pitch * 7 + 8) }
        write([["科目", "预算", "决算", "差额"]], at: xs, into: &sketch, top: 102, pitch: pitch, size: size)
        write(body, at: xs, into: &sketch, top: 100 + pitch + 6, pitch: pitch, size: size)
        let table = try #require(sketch.tables().first)
        #expect(table.rowCount == 7 && table.columnCount == 4)
        for row in 0..<6 {
            #expect(layout(table.cells).contains("\(row + 1) 2 1x1 \(row).20"))
        }
        expectTiling(table.cells, rows: 7, columns: 4)
    }

    @Test(arguments: [1.5, 3.9, 5.5])
    func aRuleInsetFromTheFrameStillDividesTheRows(inset: Double) throws {
        // A frame without column rules; the rule under the two-line header stops short of the
        // frame on both sides. Read from the text alone, the header's last line would end a
        // row halfway to the body instead.
        var sketch = PageSketch()
        let xs = [65.0, 205, 305]
        for y in [90.0, 200] { sketch.horizontal(y: y, from: 60, to: 400) }
        sketch.horizontal(y: 120, from: 60 + inset, to: 400 - inset)
        for x in [60.0, 400] { sketch.vertical(x: x, from: 90, to: 200) }
        write([["项目", "预算数", "决算数"], ["名称", nil, nil]], at: xs, into: &sketch, top: 95, pitch: 12)
        write(
            [["基本支出", "10.00", "9.50"], ["项目支出", "5.00", "4.75"], ["合计", "15.00", "14.25"]],
            at: xs, into: &sketch, top: 130, pitch: 20)
        let table = try #require(sketch.tables().first)
        #expect(table.rowEdges.contains { abs($0 - 120) < 1 })
        #expect(layout(table.cells).prefix(3) == ["0 0 1x1 项目名称", "0 1 1x1 预算数", "0 2 1x1 决算数"])
        #expect(layout(table.cells).contains("1 0 1x1 基本支出"))
    }

    @Test func aRuleFarFromTheFrameIsNotJoinedToIt() {
        // A rule ending well inside a frame's sides is a line drawn in a box, not a border.
        var sketch = PageSketch()
        sketch.grid(rows: [100, 200], columns: [60, 400])
        sketch.horizontal(y: 150, from: 120, to: 340)
        let network = RulingNetwork(rulings: sketch.rulings, options: TableFinder.Options())
        let groups = network.connectedGroups(tolerance: 3, insetReach: TableFinder.Options().insetRuleReach)
        #expect(groups.count == 1)
        #expect(groups[0].horizontals.count == 2)
    }

    @Test(arguments: [104.0, 130])
    func anOpenBorderStaysWithinItsSpan(below: Double) {
        // A piece crossing x under the span (a header line of the next row) leaves no gap in it
        // and does not stretch the border past it.
        let alignment = TextAlignment(options: TableFinder.Options())
        let pieces = [Rect(x0: 40, top: 84, x1: 80, bottom: 94), Rect(x0: 40, top: below, x1: 80, bottom: below + 10)]
        let border = alignment.openBorder(at: 60, from: 82, to: 100, pieces: pieces)
        #expect(border.map(\.start) == [82, 94])
        #expect(border.map(\.end) == [84, 100])
    }

    @Test(arguments: [6.0, 8])
    func figuresOfNeighbouringColumnsSetCloseStayApart(gap: Double) {
        // Two numbers 0.6–0.8 character heights apart are two pieces; words as far apart are
        // one (a wide word space).
        var sketch = PageSketch()
        sketch.text("1,234.50", x: 100, y: 100)
        sketch.text("9,876.00", x: 140 + gap, y: 100)
        sketch.text("Total", x: 100, y: 120)
        sketch.text("amount", x: 125 + gap, y: 120)
        let rows = TextAlignment(options: TableFinder.Options()).rows(of: sketch.glyphs)
        #expect(rows.map(\.count) == [2, 1])
    }

    @Test func bordersDrawnTwiceCountOnce() {
        // Two segments over the same 40 % of a side cover 40 % of it, not 80 %.
        let builder = GridBuilder(options: TableFinder.Options())
        let twice = [Segment(position: 50, start: 0, end: 4), Segment(position: 50, start: 0, end: 4)]
        #expect(!builder.isCovered(twice, from: 0, to: 10))
        #expect(builder.isCovered(twice + [Segment(position: 50, start: 3, end: 6)], from: 0, to: 10))
    }

    @Test(arguments: [60.0, 90])
    func aHeaderCellCentredBesideTwoLineCellsReadsInTheUpperRow(left: Double) throws {
        // Header: "Code / State" in two lines in columns 1 and 3, "Name" centred between the
        // lines in columns 2 and 4; a text table without any rule.
        var sketch = PageSketch()
        let xs = [left, left + 80, left + 200, left + 280]
        write([["Code", nil, "Code", nil]], at: xs, into: &sketch, top: 100, pitch: 12)
        write([[nil, "Name", nil, "Name"]], at: xs, into: &sketch, top: 106, pitch: 12)
        write([["State", nil, "Town", nil]], at: xs, into: &sketch, top: 112, pitch: 12)
        write(
            (0..<5).map { ["0\($0)", "North \($0)", "00\($0)", "Upper \($0)"] }, at: xs, into: &sketch,
            top: 130, pitch: 12)
        let table = try #require(sketch.tables().first)
        #expect(table.columnCount == 4 && table.rowCount == 7)
        #expect(layout(table.cells).prefix(4) == ["0 0 1x1 Code", "0 1 1x1 Name", "0 2 1x1 Code", "0 3 1x1 Name"])
        #expect(layout(table.cells).contains("1 0 1x1 State"))
    }

    @Test(arguments: ["Parastratiosphe", "Parastratiosph"])
    func aCellWrappedWiderThanItsFirstLineKeepsItsColumn(first: String) throws {
        // Horizontal rules only; the first column's long word runs close to the second column
        // on its first line and wraps over three more lines, wider than the columns' middle.
        var sketch = PageSketch()
        let xs = [60.0, 140, 220]
        for y in [100.0, 120, 190, 210] { sketch.horizontal(y: y, from: 55, to: 320) }
        write([["Animal", "Action", "Result"]], at: xs, into: &sketch, top: 85, pitch: 14)
        write([["Cat", "Says", "Meow"]], at: xs, into: &sketch, top: 105, pitch: 14)
        // The first line ends five or ten points short of the next column; the wrapped lines
        // end earlier, but past the middle of the gap the other rows leave.
        write([[first, "Says", "bzzzz"]], at: xs, into: &sketch, top: 125, pitch: 14)
        write([["ecomyiastrati"], ["sphecomyioi"], ["es"]], at: [60], into: &sketch, top: 139, pitch: 14)
        write([["Fox", "Says", "Ring"]], at: xs, into: &sketch, top: 195, pitch: 14)
        let table = try #require(sketch.tables().first)
        #expect(table.columnCount == 3 && table.rowCount == 4)
        #expect(layout(table.cells).contains("2 0 1x1 \(first) ecomyiastrati sphecomyioi es"))
        #expect(layout(table.cells).contains("2 1 1x1 Says"))
        #expect(layout(table.cells).contains("2 2 1x1 bzzzz"))
    }
}

/// Rows read from text lines inside a ruled frame: section labels and notes.
@Suite struct FramedTextRowTests {
    let xs = [65.0, 220, 300, 380]

    /// A frame (outline and a rule under the header, no column rules) holding `lines` set 12
    /// points apart under a one-line header; with `notes`, a last row under a rule holds those
    /// lines.
    func sketch(_ lines: [[String?]], notes: [[String?]] = []) -> PageSketch {
        var sketch = PageSketch()
        let bottom = 130 + Double(lines.count) * 12 + 4
        let end = notes.isEmpty ? bottom : bottom + Double(notes.count) * 12 + 4
        for y in [100.0, 120, end] { sketch.horizontal(y: y, from: 60, to: 460) }
        if !notes.isEmpty { sketch.horizontal(y: bottom, from: 60, to: 460) }
        for x in [60.0, 460] { sketch.vertical(x: x, from: 100, to: end) }
        for (column, text) in ["Characteristic", "Any", "Pill", "Total"].enumerated() {
            sketch.text(text, x: xs[column], y: 105)
        }
        for (line, pieces) in lines.enumerated() {
            for (column, text) in pieces.enumerated() {
                guard let text else { continue }
                sketch.text(text, x: xs[column], y: 130 + Double(line) * 12)
            }
        }
        for (line, pieces) in notes.enumerated() {
            for (column, text) in pieces.enumerated() {
                guard let text else { continue }
                sketch.text(text, x: xs[column], y: bottom + 3 + Double(line) * 12)
            }
        }
        return sketch
    }

    @Test(arguments: ["Wealth index", "Number of living children"])
    func aLabelThatWouldHaveFittedAboveIsARowOfItsOwn(label: String) throws {
        let sketch = sketch([
            ["Caste or tribe"], ["Scheduled caste", "74.8", "9.7", "100.0"], ["Other", "71.1", "13.3", "100.0"],
            [label], ["Lowest", "64.5", "10.5", "100.0"], ["Second", "68.5", "11.4", "100.0"],
        ])
        let table = try #require(sketch.tables().first)
        #expect(table.rowCount == 7 && table.columnCount == 4)
        #expect(layout(table.cells).contains("3 0 1x1 Other"))
        #expect(layout(table.cells).contains("4 0 1x1 \(label)"))
    }

    @Test func aLineWrappingTheWidestTextContinuesItsRow() throws {
        let sketch = sketch([
            ["Expenditure on goods and", "74.8", "9.7", "100.0"], ["services"], ["Other", "71.1", "13.3", "100.0"],
            ["Transfers", "64.5", "10.5", "100.0"],
        ])
        let table = try #require(sketch.tables().first)
        #expect(table.rowCount == 4)
        #expect(layout(table.cells).contains("1 0 1x1 Expenditure on goods and services"))
    }

    @Test func notesUnderTheLastRuleAreNoRowsOfTheTable() throws {
        let notes = [
            ["Note: where more than one method is used, only the most effective is counted."],
            ["na = not available"],
        ]
        let sketch = sketch(
            [
                ["Scheduled caste", "74.8", "9.7", "100.0"], ["Other", "71.1", "13.3", "100.0"],
                ["Lowest", "64.5", "10.5", "100.0"],
            ], notes: notes)
        let table = try #require(sketch.tables().first)
        #expect(table.rowCount == 4)
        #expect(!table.cells.contains { $0.text.contains("Note") || $0.text.contains("available") })
    }

    @Test func aLastRowOfCellsUnderARuleStaysInTheTable() throws {
        // A total row under its own rule holds figures in its columns: cells, not notes.
        let sketch = sketch(
            [["Scheduled caste", "74.8", "9.7", "100.0"], ["Other", "71.1", "13.3", "100.0"]],
            notes: [["Total of all the groups listed above", nil, nil, "145.9"]])
        let table = try #require(sketch.tables().first)
        #expect(table.cells.contains { $0.text.contains("Total of all") })
    }
}
