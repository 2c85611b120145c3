@testable import Layout
import PageModel
import Testing

@Suite struct TableFinderTests {
    let xs = [50.0, 200, 300, 400]
    let ys = [100.0, 120, 140, 160]

    @Test func fullGridGivesOneCellPerPosition() throws {
        var sketch = PageSketch()
        sketch.grid(rows: ys, columns: xs)
        sketch.fill(
            rows: ys, columns: xs,
            [
                ["项目", "金额", "占比"],
                ["事业收入", "165.16", "5.61%"],
                ["其他收入", "100.00", nil],
            ])
        let tables = sketch.tables()
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.detection == .ruled)
        #expect(table.rowEdges == ys && table.columnEdges == xs)
        #expect(
            layout(table.cells) == [
                "0 0 1x1 项目", "0 1 1x1 金额", "0 2 1x1 占比",
                "1 0 1x1 事业收入", "1 1 1x1 165.16", "1 2 1x1 5.61%",
                "2 0 1x1 其他收入", "2 1 1x1 100.00", "2 2 1x1 ",
            ])
        #expect(table.headerRowCount == 1)
        expectTiling(table.cells, rows: 3, columns: 3)
    }

    @Test func headerCellSpansTheColumnsItsBorderEncloses() throws {
        var sketch = PageSketch()
        // The vertical between columns 1 and 2 starts below the header row.
        for y in ys { sketch.horizontal(y: y, from: 50, to: 400) }
        for x in [50.0, 200, 400] { sketch.vertical(x: x, from: 100, to: 160) }
        sketch.vertical(x: 300, from: 120, to: 160)
        sketch.text("本年收入", centredIn: Rect(x0: 200, top: 100, x1: 400, bottom: 120))
        sketch.fill(rows: ys, columns: xs, [["项目", nil, nil], [nil, "金额", "占比"], ["合计", "1.00", "2.00"]])
        let table = try #require(sketch.tables().first)
        #expect(table.cells.contains { $0.rows == 0..<1 && $0.columns == 1..<3 && $0.text == "本年收入" })
        expectTiling(table.cells, rows: 3, columns: 3)
        #expect(table.cells.count == 8)
    }

    @Test func labelSpansTheRowsItsBorderEncloses() throws {
        var sketch = PageSketch()
        // Column 0 has no border between rows 1 and 2: 功能分类 spans both.
        for y in [100.0, 120, 160] { sketch.horizontal(y: y, from: 50, to: 400) }
        sketch.horizontal(y: 140, from: 200, to: 400)
        for x in xs { sketch.vertical(x: x, from: 100, to: 160) }
        sketch.text("功能分类", centredIn: Rect(x0: 50, top: 120, x1: 200, bottom: 160))
        sketch.fill(rows: ys, columns: xs, [["项目", "类", "款"], [nil, "201", "01"], [nil, "208", "05"]])
        let table = try #require(sketch.tables().first)
        #expect(table.cells.contains { $0.rows == 1..<3 && $0.columns == 0..<1 && $0.text == "功能分类" })
        expectTiling(table.cells, rows: 3, columns: 3)
    }

    @Test func multiLineCellTextIsJoinedWithoutSpacesBetweenIdeographs() throws {
        var sketch = PageSketch()
        sketch.grid(rows: [100, 130, 160], columns: [50, 200, 300])
        sketch.text("一般公共预算", x: 55, y: 103)
        sketch.text("财政拨款收入", x: 55, y: 116)
        sketch.text("Total", x: 205, y: 103)
        sketch.text("amount", x: 205, y: 116)
        sketch.text("合计", x: 55, y: 140)
        sketch.text("1.00", x: 205, y: 140)
        let table = try #require(sketch.tables().first)
        #expect(layout(table.cells).prefix(2) == ["0 0 1x1 一般公共预算财政拨款收入", "0 1 1x1 Total amount"])
    }

    @Test func bordersInPiecesDoubledAndOffsetMakeTheSameGrid() throws {
        var clean = PageSketch()
        clean.grid(rows: ys, columns: xs)
        clean.fill(rows: ys, columns: xs, [["甲", "乙", "丙"], ["1", "2", "3"], ["4", "5", "6"]])

        var messy = PageSketch()
        messy.glyphs = clean.glyphs
        // Each border drawn per cell, as hairline plus heavy line 0.4 pt apart, slightly short.
        for y in ys {
            for (x0, x1) in zip(xs, xs.dropFirst()) {
                messy.horizontal(y: y, from: x0 + 0.3, to: x1 - 0.3, width: 0.14)
                messy.horizontal(y: y + 0.4, from: x0, to: x1, width: 0.96)
            }
        }
        for x in xs {
            for (top, bottom) in zip(ys, ys.dropFirst()) { messy.vertical(x: x + 0.2, from: top, to: bottom) }
        }
        let expected = try #require(clean.tables().first)
        let table = try #require(messy.tables().first)
        #expect(layout(table.cells) == layout(expected.cells))
        #expect(table.rowCount == 3 && table.columnCount == 3)
    }

    @Test func tableWithoutSideBordersGetsItsOuterColumns() throws {
        var sketch = PageSketch()
        for y in ys { sketch.horizontal(y: y, from: 50, to: 400) }
        for x in [200.0, 300] { sketch.vertical(x: x, from: 100, to: 160) }
        sketch.fill(rows: ys, columns: xs, [["项目", "金额", "占比"], ["甲", "1.00", "10%"], ["乙", "2.00", "20%"]])
        let table = try #require(sketch.tables().first)
        #expect(table.columnEdges == xs)
        #expect(table.cells.first { $0.rows == 1..<2 && $0.columns == 0..<1 }?.text == "甲")
    }

    @Test func twoTablesOnOnePageStayApart() throws {
        var sketch = PageSketch()
        sketch.text("收入决算表", x: 180, y: 75, size: 16, font: 1)
        sketch.grid(rows: ys, columns: xs)
        sketch.fill(rows: ys, columns: xs, [["项目", "金额", "占比"], ["甲", "1.00", "10%"], ["乙", "2.00", "20%"]])
        let lower = ys.map { $0 + 200 }
        sketch.text("支出决算表", x: 180, y: 275, size: 16, font: 1)
        sketch.grid(rows: lower, columns: xs)
        sketch.fill(rows: lower, columns: xs, [["项目", "金额", "占比"], ["丙", "3.00", "30%"], ["丁", "4.00", "40%"]])
        let tables = sketch.tables()
        #expect(tables.count == 2)
        #expect(tables.map(\.caption.title) == ["收入决算表", "支出决算表"])
        #expect(tables.map { $0.cells.first { $0.rows == 1..<2 && $0.columns == 0..<1 }?.text } == ["甲", "丙"])
    }

    @Test func bodyTextWithASingleRuleIsNoTable() {
        var sketch = PageSketch()
        sketch.text("一、部门基本情况", x: 60, y: 60)
        for line in 0..<12 {
            sketch.text(
                "本部门主要职责是贯彻落实党中央关于医疗保障工作的方针政策和决策部署", x: 60,
                y: 90 + Double(line) * 18)
        }
        sketch.horizontal(y: 320, from: 60, to: 540)
        sketch.text("— 3 —", x: 280, y: 800)
        #expect(sketch.tables().isEmpty)
    }

    @Test func alignedTextWithoutRulingsIsATable() throws {
        var sketch = PageSketch()
        sketch.text("下表列示各单位情况：", x: 60, y: 60)
        let rows = [
            ["单位名称", "经费性质", "在职人数"], ["医疗保障局", "行政单位", "47"],
            ["基金中心", "事业单位", "203"], ["经办中心", "事业单位", "18"],
        ]
        for (row, texts) in rows.enumerated() {
            for (column, text) in texts.enumerated() {
                sketch.text(text, x: 60 + Double(column) * 150, y: 90 + Double(row) * 16)
            }
        }
        let table = try #require(sketch.tables().first)
        #expect(table.detection == .textAlignment)
        #expect(table.rowCount == 4 && table.columnCount == 3)
        #expect(layout(table.cells).contains("2 2 1x1 203"))
        #expect(table.caption.title == nil)
        expectTiling(table.cells, rows: 4, columns: 3)
    }

    @Test func spanningHeaderAboveAlignedRowsJoinsTheTable() throws {
        var sketch = PageSketch()
        sketch.text("项目", x: 60, y: 74)
        sketch.text("本年支出", x: 285, y: 74)  // centred over both amount columns
        for (row, texts) in [
            ["名称", "基本支出", "项目支出"], ["办公费", "10.00", "5.00"],
            ["印刷费", "2.00", "1.00"], ["邮电费", "3.00", "4.00"],
        ].enumerated() {
            for (column, text) in texts.enumerated() {
                sketch.text(text, x: 60 + Double(column) * 150, y: 90 + Double(row) * 16)
            }
        }
        let table = try #require(sketch.tables().first)
        #expect(table.rowCount == 5)
        #expect(layout(table.cells).prefix(2) == ["0 0 1x1 项目", "0 1 1x2 本年支出"])
    }

    @Test func tableBetweenTopAndBottomRulesIsFoundFromAlignment() throws {
        var sketch = PageSketch()
        sketch.horizontal(y: 95, from: 50, to: 450)
        sketch.horizontal(y: 160, from: 50, to: 450)
        for (row, texts) in [
            ["项目", "预算数", "决算数"], ["基本支出", "10.00", "9.50"],
            ["项目支出", "5.00", "4.75"],
        ].enumerated() {
            for (column, text) in texts.enumerated() {
                sketch.text(text, x: 60 + Double(column) * 140, y: 100 + Double(row) * 20)
            }
        }
        let table = try #require(sketch.tables().first)
        #expect(table.detection == .partiallyRuled)
        #expect(table.rowCount == 3 && table.columnCount == 3)
        #expect(layout(table.cells).contains("1 1 1x1 10.00"))
    }

    @Test func rulesUnderEveryRowKeepMultiLineCellsTogether() throws {
        var sketch = PageSketch()
        for y in [100.0, 120, 150, 170] { sketch.horizontal(y: y, from: 50, to: 450) }
        for (column, text) in ["项目", "预算数", "决算数"].enumerated() {
            sketch.text(text, x: 60 + Double(column) * 140, y: 105)
        }
        sketch.text("一般公共预算", x: 60, y: 122)
        sketch.text("财政拨款收入", x: 60, y: 136)
        sketch.text("10.00", x: 200, y: 130)
        sketch.text("9.50", x: 340, y: 130)
        for (column, text) in ["合计", "10.00", "9.50"].enumerated() {
            sketch.text(text, x: 60 + Double(column) * 140, y: 155)
        }
        let table = try #require(sketch.tables().first)
        #expect(table.detection == .partiallyRuled)
        #expect(table.rowEdges == [100, 120, 150, 170])
        #expect(layout(table.cells).contains("1 0 1x1 一般公共预算财政拨款收入"))
    }

    @Test func headerAndFooterRulesAroundAContentsPageAreNoTable() {
        var sketch = PageSketch()
        sketch.horizontal(y: 50, from: 50, to: 545)
        sketch.horizontal(y: 800, from: 50, to: 545)
        sketch.text("目录", x: 280, y: 70)
        for (line, entry) in ["第一部分 部门概况", "一、主要职能", "二、机构设置", "第二部分 决算情况说明"].enumerated() {
            sketch.text(entry, x: 60, y: 100 + Double(line) * 20)
            sketch.text("\(line + 3)", x: 530, y: 100 + Double(line) * 20)
        }
        #expect(sketch.tables().isEmpty)
    }

    @Test func boxedRowsWithoutInnerVerticalsTakeColumnsFromText() throws {
        var sketch = PageSketch()
        for y in ys { sketch.horizontal(y: y, from: 50, to: 400) }
        for x in [50.0, 400] { sketch.vertical(x: x, from: 100, to: 160) }
        sketch.fill(rows: ys, columns: xs, [["项目", "金额", "占比"], ["甲", "1.00", "10%"], ["乙", "2.00", "20%"]])
        let table = try #require(sketch.tables().first)
        #expect(table.detection == .partiallyRuled)
        #expect(table.columnCount == 3)
        #expect(layout(table.cells).contains("2 2 1x1 20%"))
    }

    @Test func bodyRuledOnlyByHorizontalsTakesTheHeaderColumns() throws {
        // Verticals are drawn through the header row only; the body rows are open boxes.
        var sketch = PageSketch()
        let rows = [100.0, 120, 140, 160, 180]
        for y in rows { sketch.horizontal(y: y, from: 50, to: 400) }
        for x in [50.0, 400] { sketch.vertical(x: x, from: 100, to: 180) }
        for x in [200.0, 300] { sketch.vertical(x: x, from: 100, to: 120) }
        sketch.fill(
            rows: rows, columns: xs,
            [
                ["项目", "金额", "占比"], ["办公费", "1.00", "10%"],
                ["印刷费", "2.00", "20%"], ["邮电费", "3.00", "30%"],
            ])
        let table = try #require(sketch.tables().first)
        #expect(table.detection == .partiallyRuled)
        #expect(table.columnEdges == xs)
        #expect(layout(table.cells).suffix(3) == ["3 0 1x1 邮电费", "3 1 1x1 3.00", "3 2 1x1 30%"])
    }

    @Test func spanningLabelsInAFullyRuledTableAreNotSplit() throws {
        // The code columns are ruled in the header only and each code spans them, as printed
        // from a spreadsheet: no text gap there, so nothing is inferred.
        var sketch = PageSketch()
        let rows = [100.0, 120, 140, 160]
        for y in rows { sketch.horizontal(y: y, from: 50, to: 400) }
        for x in [50.0, 200, 300, 400] { sketch.vertical(x: x, from: 100, to: 160) }
        for x in [100.0, 150] { sketch.vertical(x: x, from: 100, to: 120) }
        let codeColumns = [50.0, 100, 150, 200, 300, 400]
        sketch.fill(rows: rows, columns: codeColumns, [["类", "款", "项", "科目名称", "金额"]])
        sketch.text("2010101", x: 55, y: 125)
        sketch.text("行政运行", centredIn: Rect(x0: 200, top: 120, x1: 300, bottom: 140))
        sketch.text("1.00", centredIn: Rect(x0: 300, top: 120, x1: 400, bottom: 140))
        sketch.text("2010102", x: 55, y: 145)
        sketch.text("一般行政管理事务", centredIn: Rect(x0: 200, top: 140, x1: 300, bottom: 160))
        sketch.text("2.00", centredIn: Rect(x0: 300, top: 140, x1: 400, bottom: 160))
        let table = try #require(sketch.tables().first)
        #expect(table.detection == .ruled)
        #expect(table.cells.contains { $0.rows == 1..<2 && $0.columns == 0..<3 && $0.text == "2010101" })
    }

    @Test func characterDroppedInSomeRowsDoesNotSplitARuledColumn() throws {
        // A producer that maps one ideograph to a space leaves the same one-character gap in a
        // few names of a column; the other names run across it, so it is no column border.
        var sketch = PageSketch()
        let rows = [100.0, 120, 140, 160, 180, 200, 220, 240]
        sketch.grid(rows: rows, columns: [50, 200, 300])
        sketch.fill(rows: rows, columns: [50, 200, 300], [["科目名称", "金额"]])
        for (row, name) in ["住　 保障支出", "住　 改革支出", "卫生健康支出", "行政事业单位医疗", "其他卫生健康支出"].enumerated() {
            sketch.text(name, x: 55, y: rows[row + 1] + 5)
            sketch.text("\(row + 1).00", x: 210, y: rows[row + 1] + 5)
        }
        sketch.text("住　 公积金", x: 55, y: 225)
        sketch.text("9.00", x: 210, y: 225)
        let table = try #require(sketch.tables().first)
        #expect(table.columnCount == 2)
        #expect(layout(table.cells).contains("1 0 1x1 住保障支出"))
    }

    @Test func columnOpenInMostRowsIsSplitFromTheText() throws {
        // A column ruled as one in the body but printed as code and name in every row.
        var sketch = PageSketch()
        let rows = [100.0, 120, 140, 160, 180]
        sketch.grid(rows: rows, columns: [50, 250, 350])
        sketch.fill(rows: rows, columns: [50, 250, 350], [["科目", "金额"]])
        for (row, name) in ["行政运行", "一般行政管理事务", "机关服务"].enumerated() {
            sketch.text("20101\(row)", x: 55, y: rows[row + 1] + 5)
            sketch.text(name, x: 120, y: rows[row + 1] + 5)
            sketch.text("\(row + 1).00", x: 260, y: rows[row + 1] + 5)
        }
        let table = try #require(sketch.tables().first)
        #expect(table.columnCount == 3)
    }

    @Test func framedParagraphIsNoTable() {
        var sketch = PageSketch()
        sketch.grid(rows: [100, 200], columns: [50, 450])
        for line in 0..<4 {
            sketch.text("说明：本表数据为初步统计数，最终以审计结果为准。", x: 60, y: 110 + Double(line) * 18)
        }
        #expect(sketch.tables().isEmpty)
    }

    @Test func emptyTemplateKeepsItsBlankRows() throws {
        var sketch = PageSketch()
        let rows = [100.0, 120, 140, 160, 180]
        sketch.grid(rows: rows, columns: xs)
        sketch.fill(rows: rows, columns: xs, [["项目", "年初结转", "本年收入"]])
        let table = try #require(sketch.tables().first)
        #expect(table.rowCount == 4)
        #expect(table.cells.count == 12)
        #expect(table.cells.filter { $0.text.isEmpty }.count == 9)
        #expect(table.headerRowCount == 1)
    }

    @Test func headerRowsEndWhereTheFirstAmountAppears() throws {
        var sketch = PageSketch()
        let rows = [100.0, 120, 140, 160, 180]
        for y in [100.0, 140, 160, 180] { sketch.horizontal(y: y, from: 50, to: 400) }
        sketch.horizontal(y: 120, from: 200, to: 400)
        for x in [50.0, 200, 400] { sketch.vertical(x: x, from: 100, to: 180) }
        sketch.vertical(x: 300, from: 120, to: 180)
        sketch.text("项目", centredIn: Rect(x0: 50, top: 100, x1: 200, bottom: 140))
        sketch.text("本年支出", centredIn: Rect(x0: 200, top: 100, x1: 400, bottom: 120))
        sketch.fill(
            rows: rows, columns: xs,
            [
                [nil, nil, nil], [nil, "基本支出", "项目支出"],
                ["合计", "1,736.23", "409.89"], ["301", "1,045.06", "0.00"],
            ])
        let table = try #require(sketch.tables().first)
        #expect(table.headerRowCount == 2)
    }

    @Test func captionAndNotesBelongToTheTable() throws {
        var sketch = PageSketch()
        sketch.text("二、部门决算情况说明", x: 60, y: 20)
        sketch.text("财决公开01表", x: 340, y: 40)
        sketch.text("收入支出决算总表", x: 161, y: 58, size: 16, font: 1)
        sketch.text("单位名称：某某市医疗保障局", x: 50, y: 82)
        sketch.text("单位：万元", x: 350, y: 82)
        sketch.grid(rows: ys, columns: xs)
        sketch.fill(rows: ys, columns: xs, [["项目", "金额", "占比"], ["甲", "1.00", "10%"], ["乙", "2.00", "20%"]])
        sketch.text("注：1. 本表反映部门本年度的总收支和年末结转结余情况。", x: 50, y: 164)
        sketch.text("2. 本套报表金额单位转换时可能存在尾数误差。", x: 50, y: 178)
        sketch.text("三、其他重要事项的情况说明", x: 60, y: 220)
        let table = try #require(sketch.tables().first)
        let caption = table.caption
        #expect(caption.title == "收入支出决算总表")
        #expect(caption.formCode == "财决公开01表")
        #expect(caption.unit == "单位：万元")
        #expect(caption.organization == "单位名称：某某市医疗保障局")
        // No space between "1." and an ideograph: lines join the way LineBuilder spaces them.
        #expect(
            caption.notes == [
                "注：1.本表反映部门本年度的总收支和年末结转结余情况。",
                "2.本套报表金额单位转换时可能存在尾数误差。",
            ])
        #expect(table.extent.top == 40 && table.extent.bottom == 188)
        #expect(table.extent.top > 30, "the heading above the caption is body text")
    }

    @Test(
        "A note a row under the grid (as a spreadsheet prints it) is the table's; one further down is body text",
        arguments: [(17.0, true), (21.0, true), (24.0, true), (27.0, false)])
    func noteUnderTheGrid(gap: Double, isNote: Bool) throws {
        var sketch = PageSketch()
        sketch.grid(rows: ys, columns: xs)
        sketch.fill(rows: ys, columns: xs, [["项目", "金额", "占比"], ["甲", "1.00", "10%"], ["乙", "2.00", "20%"]])
        // Lines 10 pt tall, `gap` points under the grid.
        sketch.text("注：本表反映部门本年度取得的各项收入情况。", x: 50, y: ys.last! + gap)
        let table = try #require(sketch.tables().first)
        #expect(table.caption.notes == (isNote ? ["注：本表反映部门本年度取得的各项收入情况。"] : []))
    }

    @Test(
        "Caption parts are told apart whatever their order, numbering and line sharing",
        arguments: [
            // Numbered title over a line holding both the body and the unit.
            [("一、2018年度部门收支预算总表", 140.0, 40.0, 1), ("部门：某某局　　　单位：万元", 50, 82, 0)],
            // Form code and title on one line; body and unit on their own lines, unit first.
            [("公开01表：2018年度部门收支预算总表", 120, 40, 1), ("单位：万元", 350, 64, 0), ("部门名称：某某局", 50, 82, 0)],
            // Body above the title, form code beside the unit.
            [
                ("编制单位（盖章）：某某局", 50, 30, 0), ("2018年度部门收支预算总表", 140, 52, 1),
                ("表一", 50, 82, 0), ("金额单位：万元", 330, 82, 0),
            ],
        ])
    func captionPartsInAnyOrder(lines: [(String, Double, Double, Int)]) throws {
        var sketch = PageSketch()
        for (text, x, y, font) in lines {
            sketch.text(text, x: x, y: y, size: font == 1 ? 16 : 10, font: font)
        }
        sketch.grid(rows: ys, columns: xs)
        sketch.fill(rows: ys, columns: xs, [["项目", "金额", "占比"], ["甲", "1.00", "10%"], ["乙", "2.00", "20%"]])
        let table = try #require(sketch.tables().first)
        #expect(table.caption.title == "2018年度部门收支预算总表")
        #expect(table.caption.organization?.hasSuffix("某某局") == true)
        #expect(table.caption.unit?.hasSuffix("万元") == true)
        #expect(table.extent.top <= lines.map(\.2).min()! + 1, "every caption line is the table's, none body text")
    }

    @Test func bracketedLineUnderTheTitleIsItsSubtitle() throws {
        var sketch = PageSketch()
        sketch.text("项目支出绩效自评表", x: 150, y: 50, size: 16, font: 1)
        sketch.text("（设施设备购置项目）", x: 175, y: 76)
        sketch.grid(rows: ys, columns: xs)
        sketch.fill(rows: ys, columns: xs, [["项目名称", "设施设备购置", nil], ["年度", "2024", nil], ["得分", "100", nil]])
        let table = try #require(sketch.tables().first)
        #expect(table.caption.title == "项目支出绩效自评表")
        #expect(table.caption.subtitle == "（设施设备购置项目）")
    }

    @Test func sentenceAboveATableIsNoTitle() throws {
        var sketch = PageSketch()
        sketch.text("纳入本部门决算编制范围的单位包括：", x: 50, y: 84)
        sketch.grid(rows: ys, columns: xs)
        sketch.fill(rows: ys, columns: xs, [["序号", "单位名称", "备注"], ["1", "本级", nil], ["2", "中心", nil]])
        let table = try #require(sketch.tables().first)
        #expect(table.caption.title == nil)
        #expect(table.caption.unread == "纳入本部门决算编制范围的单位包括：", "kept for the caption_unread diagnostic")
        #expect(table.extent == table.box)
    }

    @Test func aTopRowReadBlankStaysInTheHeader() throws {
        // A scan's reading missed the top row's text (收入 / 支出): the header still runs down
        // to the first row of amounts, so the header's labels are not taken for figures.
        var sketch = PageSketch()
        let rows = [100.0, 120, 140, 160, 180]
        sketch.grid(rows: rows, columns: xs)
        sketch.fill(
            rows: rows, columns: xs,
            [[nil, nil, nil], ["项目", "合计", "一般公共预算财政拨款"], ["栏次", "1", "2"], ["一、支出", "1.00", "2.00"]])
        let table = try #require(sketch.tables().first)
        #expect(table.headerRowCount == 3)
    }

    @Test(arguments: [0.5, 1, 1.5, 3])
    func aTitleOverRuledColumnsCutAtTheirEdgeStaysOneCell(gap: Double) throws {
        // 支出功能分类科目编码 over 类 | 款 | 项, and a code spanning the three in the body row: the
        // verticals stop under the title row. A scan's uneven character boxes leave a narrow gap
        // in the title just before the ruled edge at 103; it is no column of its own.
        var sketch = PageSketch()
        let columns = [50.0, 77, 103, 129, 300]
        let rows = [100.0, 125, 140, 160]
        for y in rows { sketch.horizontal(y: y, from: 50, to: 300) }
        for x in [50.0, 129, 300] { sketch.vertical(x: x, from: 100, to: 160) }
        for x in [77.0, 103] { sketch.vertical(x: x, from: 125, to: 140) }
        sketch.text("支出", x: 57, y: 103, size: 8)
        sketch.text("功能分", x: 77, y: 103, size: 8)
        sketch.text("类科目", x: 101 + gap, y: 103, size: 8)
        sketch.text("编码", x: 85, y: 114, size: 8)
        sketch.fill(rows: rows, columns: columns, [[nil, nil, nil, "科目名称"], ["类", "款", "项", nil]])
        sketch.text("2210201", x: 54, y: 143, size: 8)
        sketch.text("住房公积金", x: 150, y: 143)
        let table = try #require(sketch.tables().first)
        let title = try #require(table.cells.first { $0.rows.lowerBound == 0 && $0.columns.lowerBound == 0 })
        #expect(table.columnCount == 4)
        #expect(table.detection == .ruled)
        #expect(title.text == "支出功能分类科目编码")
    }
}
