@testable import Layout
import PageModel
import Testing

/// Tables that are not full grids: rows or columns left undrawn, cells drawn as fills, tables
/// side by side, tables printed sideways.
@Suite struct PartialTableTests {
    let columns = [60.0, 200, 300, 400]

    /// Writes one text row per entry at `y`, one piece per column start in `columns`.
    func write(_ rows: [[String?]], into sketch: inout PageSketch, top: Double, pitch: Double = 16) {
        for (row, texts) in rows.enumerated() {
            for (column, text) in texts.enumerated() {
                guard let text else { continue }
                sketch.text(text, x: columns[column] + 5, y: top + Double(row) * pitch)
            }
        }
    }

    @Test(arguments: [false, true])
    func bodyRowsUnderAHeaderRuleComeFromTheText(framed: Bool) throws {
        // Rules above and under the header and at the bottom only; with `framed`, the outline
        // and the column rules are drawn too, as a spreadsheet prints an outline.
        var sketch = PageSketch()
        for y in [100.0, 120, 200] { sketch.horizontal(y: y, from: 60, to: 500) }
        if framed {
            for x in columns + [500] { sketch.vertical(x: x, from: 100, to: 200) }
        }
        write([["项目", "预算数", "决算数", "差额"]], into: &sketch, top: 105)
        write(
            [
                ["基本支出", "10.00", "9.50", "0.50"], ["项目支出", "5.00", "4.75", "0.25"],
                ["其中：专项", nil, nil, nil], ["业务经费", "2.00", "1.00", "1.00"],
                ["合计", "17.00", "15.25", "1.75"],
            ], into: &sketch, top: 123)
        let table = try #require(sketch.tables().first)
        #expect(table.rowCount == 5 && table.columnCount == 4)
        // The line with text in one column only continues the row above it.
        #expect(layout(table.cells).contains("2 0 1x1 项目支出其中：专项"))
        #expect(layout(table.cells).contains("4 3 1x1 1.75"))
        expectTiling(table.cells, rows: 5, columns: 4)
    }

    @Test func wrappedHeaderCellsOfAFullyRuledTableStayWhole() throws {
        // A header row drawn as one row holds three lines in each of two cells, top-aligned:
        // a wrapped header, not three rows, since no line holds figures.
        var sketch = PageSketch()
        sketch.grid(rows: [100, 150, 170, 190], columns: [60, 200, 300, 400])
        for (line, texts) in [
            ["一般公共", "政府性基金", "国有资本"], ["预算财政", "预算财政", "经营预算"],
            ["拨款", "拨款", "拨款"],
        ].enumerated() {
            for (column, text) in texts.enumerated() {
                sketch.text(text, x: [65.0, 205, 305][column], y: 103 + Double(line) * 14)
            }
        }
        sketch.fill(
            rows: [100, 150, 170, 190], columns: [60, 200, 300, 400],
            [[nil, nil, nil], ["1.00", "2.00", "3.00"], ["4.00", "5.00", "6.00"]])
        let table = try #require(sketch.tables().first)
        #expect(table.rowEdges == [100, 150, 170, 190])
        #expect(layout(table.cells).contains("0 0 1x1 一般公共预算财政拨款"))
    }

    @Test func shadedCellsWithoutRulesMakeAGridWithSpans() throws {
        var sketch = PageSketch()
        let xs = [60.0, 160, 260, 360], ys = [100.0, 120, 140, 160]
        // Header cells darker, body lighter; column 2 of the body is one fill over two rows,
        // with a hairline of paper between neighbouring fills.
        for (column, x0) in xs.dropLast().enumerated() {
            sketch.fills.append(
                FilledRect(
                    box: Rect(x0: x0 + 0.5, top: 100, x1: xs[column + 1] - 0.5, bottom: 120),
                    color: "#cc2229"))
            for (row, top) in ys.dropFirst().dropLast().enumerated() where !(column == 2 && row == 1) {
                let bottom = column == 2 ? 160 : ys[row + 2]
                sketch.fills.append(
                    FilledRect(
                        box: Rect(
                            x0: x0 + 0.5, top: top + 0.5, x1: xs[column + 1] - 0.5,
                            bottom: bottom - 0.5), color: "#f1d1c0"))
            }
        }
        sketch.fill(rows: ys, columns: xs, [["地区", "人数", "金额"], ["甲", "8", "1.29"], ["乙", "6", nil]])
        let table = try #require(sketch.tables().first)
        #expect(table.detection == .shaded)
        #expect(table.rowCount == 3 && table.columnCount == 3)
        #expect(table.cells.contains { $0.rows == 1..<3 && $0.columns == 2..<3 && $0.text == "1.29" })
        expectTiling(table.cells, rows: 3, columns: 3)
    }

    @Test func aShadedBoxBehindAParagraphIsNoTable() {
        var sketch = PageSketch()
        sketch.fills.append(FilledRect(box: Rect(x0: 50, top: 100, x1: 545, bottom: 200), color: "#f1d1c0"))
        sketch.fills.append(FilledRect(box: Rect(x0: 50, top: 220, x1: 545, bottom: 260), color: "#f1d1c0"))
        for line in 0..<4 { sketch.text("本部门主要职责是负责本区商务工作的统筹协调和监督管理。", x: 60, y: 110 + Double(line) * 20) }
        #expect(sketch.tables().isEmpty)
    }

    @Test func textTablesSideBySideAreSplitAtTheirGap() throws {
        var sketch = PageSketch()
        for row in 0..<6 {
            let y = 100 + Double(row) * 16
            for (column, x) in [60.0, 100, 140].enumerated() { sketch.text("\(row + 1)\(column)", x: x, y: y) }
            if row < 4 {
                for (column, x) in [260.0, 300, 340].enumerated() { sketch.text("\(row + 7)\(column)", x: x, y: y) }
            }
        }
        let tables = sketch.tables()
        #expect(tables.count == 2)
        #expect(tables.map(\.rowCount).sorted() == [4, 6])
        #expect(tables.allSatisfy { $0.columnCount == 3 && $0.detection == .textAlignment })
    }

    @Test func aWideGapBetweenLabelsAndFiguresKeepsOneTable() throws {
        var sketch = PageSketch()
        for row in 0..<5 {
            let y = 100 + Double(row) * 16
            sketch.text("支出项目\(row)", x: 60, y: y)
            for (column, x) in [300.0, 360, 420].enumerated() { sketch.text("\(row).\(column)0", x: x, y: y) }
        }
        let tables = sketch.tables()
        #expect(tables.count == 1)
        #expect(tables.first?.columnCount == 4)
    }

    @Test func ruledTablesSideBySideWithInterleavedRulesStayApart() throws {
        var sketch = PageSketch()
        for y in [100.0, 120, 140, 160] { sketch.horizontal(y: y, from: 50, to: 290) }
        for y in [90.0, 112, 134, 156, 178] { sketch.horizontal(y: y, from: 310, to: 550) }
        for row in 0..<3 {
            for (column, x) in [55.0, 135, 215].enumerated() {
                sketch.text("甲\(row)\(column)", x: x, y: 105 + Double(row) * 20)
            }
        }
        for row in 0..<4 {
            for (column, x) in [315.0, 395, 475].enumerated() {
                sketch.text("乙\(row)\(column)", x: x, y: 96 + Double(row) * 22)
            }
        }
        let tables = sketch.tables().sorted { $0.box.x0 < $1.box.x0 }
        #expect(tables.count == 2)
        #expect(tables.map(\.rowCount) == [3, 4])
        #expect(tables.map(\.columnCount) == [3, 3])
    }

    @Test(arguments: [90, 270])
    func aTablePrintedSidewaysIsReadInItsOwnFrame(rotation: Int) throws {
        // Drawn upright on a landscape frame, then turned onto the portrait page, characters
        // kept in reading order as the text layer holds them.
        var upright = PageSketch()
        upright.width = 842
        upright.height = 595
        let ys = [100.0, 120, 140, 160, 180], xs = [50.0, 200, 300, 400, 500]
        upright.grid(rows: ys, columns: xs)
        upright.fill(
            rows: ys, columns: xs,
            [
                ["项目", "预算数", "决算数", "差额"],
                ["基本支出", "10.00", "9.50", "0.50"],
                ["项目支出", "5.00", "4.75", "0.25"],
                ["合计", "15.00", "14.25", "0.75"],
            ])
        let turn = QuarterTurn(rotation: rotation, width: 595, height: 842)
        var page = PageSketch()
        page.glyphs = upright.glyphs.map { Glyph(scalar: $0.scalar, box: turn.onPage($0.box), font: $0.font) }
        page.rulings = upright.rulings.map { ruling in
            let box = turn.onPage(Rect(x0: ruling.x0, top: ruling.top, x1: ruling.x1, bottom: ruling.bottom))
            return ruling.orientation == .horizontal
                ? .vertical(x: box.x0, from: box.top, to: box.bottom, width: ruling.width)
                : .horizontal(y: box.top, from: box.x0, to: box.x1, width: ruling.width)
        }
        let table = try #require(page.tables().first)
        #expect(table.rotation == rotation)
        #expect(table.rowCount == 4 && table.columnCount == 4)
        #expect(layout(table.cells).prefix(4) == ["0 0 1x1 项目", "0 1 1x1 预算数", "0 2 1x1 决算数", "0 3 1x1 差额"])
        #expect(layout(table.cells).contains("2 1 1x1 5.00"))
        // Boxes are on the page: the table stands taller than wide there.
        #expect(table.box.height > table.box.width)
    }

    @Test func uprightTextIsNotTurned() {
        var sketch = PageSketch()
        sketch.grid(rows: [100, 120, 140], columns: [50, 200, 300])
        sketch.fill(rows: [100, 120, 140], columns: [50, 200, 300], [["项目", "金额"], ["合计", "1.00"]])
        #expect(QuarterTurn(reading: sketch.page) == nil)
        #expect(sketch.tables().first?.rotation == 0)
    }

    @Test(arguments: [90, 270])
    func headerTextTurnedOnItsSideIsReadInItsDirection(rotation: Int) throws {
        var sketch = PageSketch()
        sketch.grid(rows: [100, 180, 200], columns: [50, 70, 150])
        // "Voters" set sideways in the narrow first column, characters in reading order.
        for (i, scalar) in "Voters".unicodeScalars.enumerated() {
            let offset = Double(i) * 5
            let box =
                rotation == 90
                ? Rect(x0: 55, top: 110 + offset, x1: 65, bottom: 115 + offset)
                : Rect(x0: 55, top: 165 - offset, x1: 65, bottom: 170 - offset)
            sketch.glyphs.append(Glyph(scalar: scalar, box: box, font: 0))
        }
        sketch.text("人数", x: 90, y: 135)
        sketch.fill(rows: [100, 180, 200], columns: [50, 70, 150], [[nil, nil], ["9", "10.00"]])
        let table = try #require(sketch.tables().first)
        #expect(table.rotation == 0)
        #expect(layout(table.cells).prefix(2) == ["0 0 1x1 Voters", "0 1 1x1 人数"])
    }

    @Test func headerPrintedAboveTheFirstRuleJoinsTheTable() throws {
        var sketch = PageSketch()
        sketch.text("表3 动物叫声一览", x: 150, y: 60)
        write([["动物", "动作", "结果"]], into: &sketch, top: 85)
        for y in [100.0, 120, 140, 160] { sketch.horizontal(y: y, from: 60, to: 400) }
        write([["猫", "叫", "喵"]], into: &sketch, top: 105)
        write([["狗", "叫", "汪"]], into: &sketch, top: 125)
        write([["牛", "叫", "哞"]], into: &sketch, top: 145)
        let table = try #require(sketch.tables().first)
        #expect(table.rowCount == 4)
        #expect(layout(table.cells).prefix(3) == ["0 0 1x1 动物", "0 1 1x1 动作", "0 2 1x1 结果"])
        #expect(table.caption.title == "表3 动物叫声一览" || table.caption.title == "动物叫声一览")
    }

    @Test func unitLineAboveTheFirstRuleStaysACaption() throws {
        var sketch = PageSketch()
        sketch.text("编制单位：某某局", x: 65, y: 85)
        sketch.text("2024年", x: 230, y: 85)
        sketch.text("单位：万元", x: 340, y: 85)
        for y in [100.0, 120, 140, 160] { sketch.horizontal(y: y, from: 60, to: 400) }
        write(
            [["项目", "预算数", "决算数"], ["基本支出", "10.00", "9.50"], ["项目支出", "5.00", "4.75"]],
            into: &sketch, top: 105, pitch: 20)
        let table = try #require(sketch.tables().first)
        #expect(table.rowCount == 3)
        #expect(table.caption.unit != nil)
    }

    @Test func aTableDrawnInACellIsATableOfItsOwn() throws {
        var sketch = PageSketch()
        let ys = [100.0, 130, 260], xs = [50.0, 150, 500]
        sketch.grid(rows: ys, columns: xs)
        sketch.fill(rows: ys, columns: xs, [["项目", "说明"], ["标准", nil]])
        sketch.text("按年龄计算：", x: 160, y: 135)
        let innerRows = [155.0, 175, 195, 215], innerColumns = [160.0, 300, 450]
        sketch.grid(rows: innerRows, columns: innerColumns)
        sketch.fill(rows: innerRows, columns: innerColumns, [["年龄", "比例"], ["18-75", "1.00%"], ["76-80", "0.50%"]])
        let tables = sketch.tables().sorted { $0.box.width > $1.box.width }
        #expect(tables.count == 2)
        let outer = try #require(tables.first), inner = try #require(tables.last)
        #expect(inner.rowCount == 3 && inner.columnCount == 2)
        #expect(layout(inner.cells).contains("2 1 1x1 0.50%"))
        #expect(outer.rowCount == 2 && outer.columnCount == 2)
        let holder = try #require(outer.cells.first { $0.rows == 1..<2 && $0.columns == 1..<2 })
        #expect(holder.holdsTable && holder.text == "按年龄计算：")
    }

    @Test(arguments: [3, 6])
    func figuresUnderAHeaderRuledIntoColumnsTakeItsColumns(lines: Int) throws {
        // The header's cells are ruled; the body's figures stand in one cell under them (no
        // verticals between the figures), beside a label column that is ruled off.
        var sketch = PageSketch()
        let xs = [60.0, 120, 180, 240, 400], bottom = 130 + Double(lines) * 16
        for y in [100.0, 120, bottom] { sketch.horizontal(y: y, from: 60, to: 400) }
        for x in xs { sketch.vertical(x: x, from: 100, to: x == 60 || x >= 240 ? bottom : 120) }
        sketch.fill(rows: [100, 120], columns: xs, [["2014", "2013", "2012", "项目"]])
        for line in 0..<lines {
            let y = 124 + Double(line) * 16
            for (column, x) in xs.dropLast(2).enumerated() {
                sketch.text("\(line).\(column)", x: x + 15, y: y)
            }
            sketch.text("科目\(line)", x: 250, y: y)
        }
        let table = try #require(sketch.tables().first)
        #expect(table.columnCount == 4)
        #expect(layout(table.cells).contains("1 0 1x1 0.0"))
        #expect(layout(table.cells).contains("\(lines) 2 1x1 \(lines - 1).2"))
        expectTiling(table.cells, rows: table.rowCount, columns: 4)
    }

    @Test func aMergedCellWithOneGappedLineStaysMerged() throws {
        // A fully ruled table whose last row is one cell over three columns holding a single
        // line with a wide gap in it: a note, not figures in columns.
        var sketch = PageSketch()
        let xs = [60.0, 120, 180, 240, 400]
        for y in [100.0, 120, 140] { sketch.horizontal(y: y, from: 60, to: 400) }
        for x in xs { sketch.vertical(x: x, from: 100, to: x == 60 || x >= 240 ? 140 : 120) }
        sketch.fill(rows: [100, 120], columns: xs, [["2014", "2013", "2012", "项目"]])
        sketch.text("注", x: 65, y: 124)
        sketch.text("另计", x: 190, y: 124)
        sketch.text("合计", x: 250, y: 124)
        let table = try #require(sketch.tables().first)
        #expect(layout(table.cells).contains("1 0 1x3 注另计"))
    }

    @Test(arguments: [true, false])
    func aShortRightToLeftLabelUnderALongOneIsARowOfItsOwn(short: Bool) throws {
        // A Hebrew label column, right-aligned at x 390, beside figures; the body drawn as one
        // row, its widest label the last. A label alone on its line whose first word would have
        // fitted on the left of the line above starts a row; one that would not have fitted
        // continues the label above.
        var sketch = PageSketch()
        for y in [100.0, 120, 220] { sketch.horizontal(y: y, from: 60, to: 400) }
        for x in [60.0, 240, 400] { sketch.vertical(x: x, from: 100, to: 220) }
        func label(_ text: String, y: Double) {
            // Stored left to right as printed: the logical text reversed, ending at x 390.
            let printed = String(text.reversed())
            sketch.text(printed, x: 390 - 5 * Double(printed.unicodeScalars.count), y: y)
        }
        sketch.text("2014", x: 100, y: 105)
        sketch.text("2013", x: 180, y: 105)
        label("שנה", y: 105)
        let lines = ["סך כל ההוצאה לצריכה", short ? "צריכה" : "אינדיבידואלית לנפש", "אזרחית"]
        for (line, text) in lines.enumerated() {
            let y = 124 + Double(line) * 16
            label(text, y: y)
            if line != 1 {
                sketch.text("1.\(line)", x: 100, y: y)
                sketch.text("2.\(line)", x: 180, y: y)
            }
        }
        label("ההוצאה לצריכה פרטית לנפשות", y: 172)
        sketch.text("3.0", x: 100, y: 172)
        sketch.text("4.0", x: 180, y: 172)
        let table = try #require(sketch.tables().first)
        let cells = layout(table.cells)
        if short {
            #expect(cells.contains("2 2 1x1 צריכה"))
        } else {
            #expect(cells.contains("1 2 1x1 סך כל ההוצאה לצריכה אינדיבידואלית לנפש"))
        }
    }

    @Test(arguments: [0.0, 20])
    func aLabelStandingOutFromAnIndentedLineIsARowOfItsOwn(indent: Double) throws {
        // Rules above and under the header and at the bottom; an indented item, then a section
        // label alone on its line, starting further left than the item: a row of its own. With
        // no indent the label's first word fits nowhere and it reads as the item's second line.
        var sketch = PageSketch()
        for y in [100.0, 120, 200] { sketch.horizontal(y: y, from: 60, to: 500) }
        for x in columns + [500] { sketch.vertical(x: x, from: 100, to: 200) }
        write([["项目", "预算数", "决算数", "差额"]], into: &sketch, top: 105)
        write([["基本支出合计数额", "10.00", "9.50", "0.50"]], into: &sketch, top: 123)
        sketch.text("工资福利支出", x: 65 + indent, y: 139)
        write([[nil, "5.00", "4.75", "0.25"]], into: &sketch, top: 139)
        sketch.text("资本性支出", x: 65, y: 155)
        write([["合计", "17.00", "15.25", "1.75"]], into: &sketch, top: 171)
        let table = try #require(sketch.tables().first)
        let cells = layout(table.cells)
        if indent > 0 {
            #expect(table.rowCount == 5)
            #expect(cells.contains("3 0 1x1 资本性支出"))
        } else {
            #expect(table.rowCount == 4)
            #expect(cells.contains("2 0 1x1 工资福利支出资本性支出"))
        }
    }

    @Test(arguments: [0.0, -5])
    func aHeaderOverColumnsFoundFromTheTextSpansThem(shift: Double) throws {
        // Ruled columns, but none between the two figure columns under "Revenue"; the header is
        // one drawn row holding "Revenue account" over the sub-headers "Medical" and "Family".
        var sketch = PageSketch()
        for y in [100.0, 140, 160, 180, 200] { sketch.horizontal(y: y, from: 60, to: 400) }
        for x in [60.0, 140, 300, 400] { sketch.vertical(x: x, from: 100, to: 200) }
        sketch.text("Region", x: 65, y: 105)
        sketch.text("Revenue account", x: 182.5 + shift, y: 104)
        sketch.text("Medical", x: 150, y: 122)
        sketch.text("Family", x: 250, y: 122)
        sketch.text("Total", x: 310, y: 105)
        for (row, y) in [144.0, 164, 184].enumerated() {
            sketch.text("Area \(row)", x: 65, y: y)
            sketch.text("47,82\(row)", x: 185, y: y)
            sketch.text("9,96\(row)", x: 265, y: y)
            sketch.text("57,79\(row)", x: 360, y: y)
        }
        let table = try #require(sketch.tables().first)
        let cells = layout(table.cells)
        #expect(table.columnCount == 4 && table.rowCount == 5)
        #expect(cells.contains("0 1 1x2 Revenue account"))
        #expect(cells.contains("1 1 1x1 Medical") && cells.contains("1 2 1x1 Family"))
        #expect(cells.contains("0 0 2x1 Region") && cells.contains("2 2 1x1 9,960"))
        expectTiling(table.cells, rows: 5, columns: 4)
    }

    @Test(arguments: [true, false])
    func aLabelWithoutItsLeaderContinuesOnTheLineWithIt(wrapped: Bool) throws {
        // Labels end in dot leaders before their figures, rules only around the header and at
        // the bottom. A label too long for its column runs on to the next line, which holds its
        // leader and figures; a short section name over an indented entry is a row of its own.
        var sketch = PageSketch()
        for y in [100.0, 120, 220] { sketch.horizontal(y: y, from: 60, to: 500) }
        write([["Offense", "Total", "Male", "Female"]], into: &sketch, top: 105)
        func entry(_ label: String, indent: Double = 0, y: Double, figures: [String]?) {
            let x = 65 + indent
            let dots = Int((190 - x - 5 * Double(label.count)) / 10)
            sketch.text(label + (figures == nil ? "" : String(repeating: " .", count: dots)), x: x, y: y)
            for (column, figure) in (figures ?? []).enumerated() {
                sketch.text(figure, x: columns[column + 1] + 5, y: y)
            }
        }
        entry("Total", y: 123, figures: ["11,062.6", "8,263.3", "2,799.2"])
        entry("Violent crime", y: 139, figures: ["467.9", "380.2", "87.7"])
        entry(wrapped ? "Murder and nonnegligent" : "Property", y: 155, figures: nil)
        entry(wrapped ? "manslaughter" : "Burglary", indent: 5, y: 171, figures: ["10.0", "9.0", "1.1"])
        entry("Robbery", y: 187, figures: ["102.1", "90.0", "12.1"])
        let table = try #require(sketch.tables().first)
        let cells = layout(table.cells)
        #expect(cells.contains("2 0 1x1 Violent crime . . . . . ."))
        if wrapped {
            #expect(table.rowCount == 5)
            #expect(cells.contains { $0.hasPrefix("3 0 1x1 Murder and nonnegligent manslaughter . .") })
            #expect(cells.contains("3 1 1x1 10.0"))
        } else {
            #expect(table.rowCount == 6)
            #expect(cells.contains("3 0 1x1 Property") && cells.contains("4 1 1x1 10.0"))
        }
        expectTiling(table.cells, rows: table.rowCount, columns: 4)
    }

    @Test(arguments: [(16.0, true), (10, true), (10, false)])
    func aTitleBandInTheFrameIsTheCaption(boxHeight: Double, larger: Bool) throws {
        // The frame's first drawn row spans every column and holds one line; set in larger
        // type than the rest (its boxes as tall as the type, or no taller than the body's, as
        // some fonts' boxes are), it is the title; in the body's type it stays a row.
        var sketch = PageSketch()
        let rows = [70.0, 100, 120, 140, 160], xs = [60.0, 200, 300, 400]
        for y in rows { sketch.horizontal(y: y, from: 60, to: 400) }
        for x in [60.0, 400] { sketch.vertical(x: x, from: 70, to: 160) }
        for x in [200.0, 300] { sketch.vertical(x: x, from: 100, to: 160) }
        sketch.text("部门收支总表", x: 170, y: 77, size: boxHeight, font: larger ? 1 : 0)
        sketch.fill(
            rows: Array(rows.dropFirst()), columns: xs,
            [["项目", "预算数", "决算数"], ["基本支出", "10.00", "9.50"], ["项目支出", "5.00", "4.75"]])
        let table = try #require(sketch.tables().first)
        if larger {
            #expect(table.rowEdges == [100, 120, 140, 160])
            #expect(table.caption.title == "部门收支总表")
        } else {
            #expect(table.rowEdges == rows)
            #expect(layout(table.cells).contains("0 0 1x3 部门收支总表"))
        }
    }

    @Test(arguments: [4.0, 9, 12])
    func thePaperBetweenRowsDrawnApartIsNoRow(gap: Double) throws {
        // Each body row drawn as its own band of boxes, `gap` points apart; an empty row lower
        // than a line of text (10 pt) is the paper between them. An empty row of full height,
        // as a template leaves, stays a row.
        var sketch = PageSketch()
        var rows = [100.0, 120], texts: [[String?]] = [["项目", "预算数", "决算数"]]
        for (index, line) in [["基本支出", "10.00", "9.50"], ["项目支出", "5.00", "4.75"]].enumerated() {
            if index > 0 {
                rows.append(rows.last! + gap)
                texts.append([nil, nil, nil])
            }
            rows.append(rows.last! + 20)
            texts.append(line)
        }
        rows += [rows.last! + 20]
        texts.append([nil, nil, nil])
        sketch.grid(rows: rows, columns: [60, 200, 300, 400])
        sketch.fill(rows: rows, columns: [60, 200, 300, 400], texts)
        let table = try #require(sketch.tables().first)
        let cells = layout(table.cells)
        // The last, empty row of full height stays either way.
        #expect(table.rowCount == (gap < 10 ? 4 : 5))
        #expect(cells.contains("\(gap < 10 ? 2 : 3) 1 1x1 5.00"))
        expectTiling(table.cells, rows: table.rowCount, columns: 3)
    }

    @Test(arguments: [0.0, 10])
    func rowLabelsPrintedBesideTheFrameAreItsFirstColumn(offset: Double) throws {
        // A grid ruled from its first figure column on, its row names printed left of it, one
        // in each body row. Moved down by half a row, the same lines sit astride the row edges
        // (prose beside a table): the grid stays as drawn.
        var sketch = PageSketch()
        let rows = [100.0, 120, 140, 160, 180], xs = [150.0, 250, 350]
        sketch.grid(rows: rows, columns: xs)
        sketch.fill(
            rows: rows, columns: xs,
            [["预算数", "决算数"], ["10.00", "9.50"], ["5.00", "4.75"], ["2.00", "1.00"]])
        for (row, name) in ["基本支出", "项目支出", "其他支出"].enumerated() {
            sketch.text(name, x: 100, y: rows[row + 1] + 5 + offset)
        }
        let table = try #require(sketch.tables().first)
        let cells = layout(table.cells)
        if offset == 0 {
            #expect(table.columnCount == 3 && table.detection == .partiallyRuled)
            #expect(cells.contains("1 0 1x1 基本支出") && cells.contains("3 0 1x1 其他支出"))
            #expect(cells.contains("3 2 1x1 1.00"))
            expectTiling(table.cells, rows: 4, columns: 3)
        } else {
            #expect(table.columnCount == 2 && table.detection == .ruled)
        }
    }

    @Test(arguments: [true, false])
    func wordsOfNeighbouringHeaderCellsSetCloseStayApart(ruled: Bool) throws {
        // Rules above and under the header and at the bottom, or none; the last header line sets
        // the columns' words one space apart, less than a column gap, each over its figures.
        // Above them, a heading over three columns has a space at one of them only: it stays
        // one cell.
        var sketch = PageSketch()
        if ruled { for y in [100.0, 140, 220] { sketch.horizontal(y: y, from: 60, to: 460) } }
        let words = ["method", "method", "sterilization", "sterilization"]
        var x = 150.0
        var centres: [Double] = []
        for word in words {
            centres.append(x + 2.5 * Double(word.count))
            x += 5 * Double(word.count) + 5
        }
        sketch.text(words.joined(separator: " "), x: 150, y: 124)
        sketch.text("Modern contraceptive method", x: 150, y: 106)
        sketch.text("Group", x: 65, y: 124)
        for (row, y) in [145.0, 165, 185, 200].enumerated() {
            sketch.text("Area \(row)", x: 65, y: y)
            for centre in centres { sketch.text("1\(row).5", x: centre - 10, y: y) }
        }
        let table = try #require(sketch.tables().first)
        let texts = table.cells.map(\.text)
        #expect(table.columnCount == 5)
        #expect(texts.filter { $0 == "sterilization" }.count == 2 && texts.filter { $0 == "method" }.count == 2)
        #expect(table.cells.first { $0.text == "Modern contraceptive method" }?.columnSpan == 3)
    }
}
