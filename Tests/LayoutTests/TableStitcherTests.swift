@testable import Layout
import PageModel
import Testing

@Suite struct TableStitcherTests {
    let xs = [50.0, 250, 400, 545]
    let header = [["项目", "行次", "金额"], ["栏次", nil, "1"]]

    /// A page holding a full-grid table of `rows` from `top` down, 20 pt a row, and a page number.
    func page(
        _ number: Int, title: String? = nil, top: Double, rows: [[String?]],
        after: [String] = [], columns: [Double]? = nil
    ) -> PageSketch {
        var sketch = PageSketch(number: number)
        if let title { sketch.text(title, x: 200, y: top - 30, size: 16, font: 1) }
        let ys = (0...rows.count).map { top + Double($0) * 20 }
        let xs = columns ?? xs
        sketch.grid(rows: ys, columns: xs)
        sketch.fill(rows: ys, columns: xs, rows)
        for (index, line) in after.enumerated() { sketch.text(line, x: 50, y: ys.last! + 6 + Double(index) * 14) }
        sketch.text("\(number)", x: 295, y: 810)
        return sketch
    }

    func dataRows(_ range: ClosedRange<Int>) -> [[String?]] {
        range.map { ["支出项目\($0)", "\($0)", "\($0).00"] }
    }

    func stitch(_ sketches: [PageSketch]) -> [LogicalTable] {
        let pages = sketches.map(\.page)
        let tables = pages.flatMap { TableFinder().findTables(on: $0, fonts: PageSketch.fonts) }
        return TableStitcher().stitch(tables, pages: pages)
    }

    @Test func continuedTableDropsTheRepeatedHeader() throws {
        let first = page(1, title: "支出决算表", top: 100, rows: header + dataRows(1...33))
        let second = page(2, top: 60, rows: header + dataRows(34...40), after: ["注：本表反映部门本年度各项支出情况。"])
        let tables = stitch([first, second])
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.pages == [1, 2])
        #expect(table.rowCount == 2 + 40)
        #expect(table.rowPages == Array(repeating: 1, count: 35) + Array(repeating: 2, count: 7))
        #expect(table.cells.filter { $0.text == "栏次" }.count == 1)
        #expect(table.cells.contains { $0.rows == 35..<36 && $0.columns == 0..<1 && $0.text == "支出项目34" })
        #expect(table.caption.title == "支出决算表")
        #expect(table.caption.notes == ["注：本表反映部门本年度各项支出情况。"])
        #expect(table.headerRowCount == 2)
        expectTiling(table.cells, rows: table.rowCount, columns: table.columnCount)
    }

    @Test(arguments: [
        ([["“般项目", "行次", "金额"], ["栏次", nil, "1"]], 1),
        ([["-般项目", nil, "金额"], ["栏次", nil, "1"]], 1),
        ([["其他项目", "序号", "数额"], ["栏次", nil, "1"]], 2),
        ([["一般项目", nil, "数额"], ["栏次", nil, "1"]], 2),
    ])
    func repeatedHeaderReadDifferentlyIsDropped(repeated: [[String?]], expectedFirstRows: Int) throws {
        // The first page's header as a scan's reading gives it; the continuation's differs in a
        // mark or a missed cell (a repeat), or in its text (no repeat).
        let head: [[String?]] = [["“般项目", "行次", "金额"], ["栏次", nil, "1"]]
        let tables = stitch([
            page(1, title: "支出决算表", top: 100, rows: head + dataRows(1...33)),
            page(2, top: 60, rows: repeated + dataRows(34...40)),
        ])
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.cells.filter { $0.text == "栏次" }.count == expectedFirstRows)
        #expect(table.rowCount == 40 + 2 * expectedFirstRows)
    }

    @Test(arguments: [
        (["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算敬"], 1),
        (["KARE", "科目名称", "决算数", "科目编码", "科目名称", "决算数"], 1),
        (["科目编码", "支出项目", "数额", "科目编码", "科目名称", "金额"], 2),
    ])
    func repeatedHeaderMisreadInAFewCellsIsDropped(repeatedTop: [String], expectedFirstRows: Int) throws {
        // Six columns under a two-row header: a continuation whose header differs in one cell
        // of twelve repeats it; one differing in three does not.
        let columns = [50.0, 130, 210, 290, 370, 450, 530]
        let top = ["科目编码", "科目名称", "决算数", "科目编码", "科目名称", "决算数"]
        let numbers: [String?] = (1...6).map { "\($0)" }
        let body = { (range: ClosedRange<Int>) in
            range.map { n in ["30\(n)", "支出\(n)", "\(n).00", "31\(n)", "费用\(n)", "\(n).50"] as [String?] }
        }
        let tables = stitch([
            page(1, title: "基本支出决算表", top: 100, rows: [top, numbers] + body(1...33), columns: columns),
            page(2, top: 60, rows: [repeatedTop, numbers] + body(34...40), columns: columns),
        ])
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.rowCount == 40 + 2 * expectedFirstRows)
        #expect(table.cells.filter { $0.text == "6" }.count == expectedFirstRows)
    }

    @Test func continuationWithoutHeaderIsAppended() throws {
        let tables = stitch([
            page(1, title: "支出决算表", top: 100, rows: header + dataRows(1...33)),
            page(2, top: 60, rows: dataRows(34...36)),
        ])
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.rowCount == 38)
        #expect(table.rowPages.suffix(3) == [2, 2, 2])
    }

    @Test func lastRowAloneAtTheTopOfTheNextPageJoinsItsTable() throws {
        // The last row is pushed over the break; the next table follows under its own title.
        var second = page(2, top: 60, rows: [["合计", nil, "528.00"]])
        let next = page(2, title: "收入决算表", top: 160, rows: header + dataRows(1...3))
        second.glyphs += next.glyphs
        second.rulings += next.rulings
        let tables = stitch([page(1, title: "支出决算表", top: 100, rows: header + dataRows(1...33)), second])
        #expect(tables.map(\.caption.title) == ["支出决算表", "收入决算表"])
        let table = try #require(tables.first)
        #expect(table.pages == [1, 2])
        #expect(table.rowCount == 2 + 33 + 1)
        #expect(table.cells.contains { $0.rows == 35..<36 && $0.text == "合计" })
    }

    @Test func singleRowThatContinuesNothingIsNoTable() {
        // A ruled row under a paragraph, with no table on the page before.
        var sketch = PageSketch(number: 1)
        sketch.text("本部门主要职责是贯彻落实党中央关于医疗保障工作的方针政策。", x: 60, y: 100)
        sketch.grid(rows: [300, 320], columns: xs)
        sketch.fill(rows: [300, 320], columns: xs, [["单位负责人：", "财务负责人：", "制表人："]])
        #expect(stitch([sketch]).isEmpty)
    }

    @Test func cellTextWrappedOverTheBreakJoinsItsRow() throws {
        var rows = header + dataRows(1...32)
        rows.append(["八、社会保障和就", "33", "1,234.00"])
        let tables = stitch([
            page(1, title: "支出决算表", top: 100, rows: rows),
            page(2, top: 60, rows: [["业支出", nil, nil]] + dataRows(34...35)),
        ])
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.rowCount == 2 + 33 + 2)
        #expect(table.cells.contains { $0.rows == 34..<35 && $0.columns == 0..<1 && $0.text == "八、社会保障和就业支出" })
        #expect(table.cells.contains { $0.rows == 35..<36 && $0.text == "支出项目34" })
        expectTiling(table.cells, rows: table.rowCount, columns: table.columnCount)
    }

    @Test func blankLabelledRowAtTheTopIsARowOfItsOwn() throws {
        // An empty template: the row above prints no amounts either, so nothing wrapped.
        let rows = header + (1...33).map { ["支出项目\($0)", nil, nil] as [String?] }
        let tables = stitch([
            page(1, title: "支出决算表", top: 100, rows: rows),
            page(2, top: 60, rows: [["其他支出", nil, nil]]),
        ])
        let table = try #require(tables.first)
        #expect(table.rowCount == 2 + 33 + 1)
        #expect(table.cells.contains { $0.text == "其他支出" })
    }

    @Test func titledTableOnTheNextPageIsANewTable() {
        let tables = stitch([
            page(1, title: "收入决算表", top: 100, rows: header + dataRows(1...33)),
            page(2, title: "支出决算表", top: 90, rows: header + dataRows(1...3)),
        ])
        #expect(tables.map(\.pages) == [[1], [2]])
        #expect(tables.map(\.caption.title) == ["收入决算表", "支出决算表"])
    }

    @Test func repeatedTitleOverARepeatedHeaderContinues() throws {
        let tables = stitch([
            page(1, title: "支出决算表", top: 100, rows: header + dataRows(1...33)),
            page(2, title: "支出决算表", top: 90, rows: header + dataRows(34...36)),
        ])
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.rowCount == 2 + 36)
    }

    @Test func sameTitleOverAnotherHeaderIsANewTable() {
        let tables = stitch([
            page(1, title: "项目支出绩效自评表", top: 100, rows: [["项目名称", "甲项目", nil]] + dataRows(1...33)),
            page(2, title: "项目支出绩效自评表", top: 90, rows: [["项目名称", "乙项目", nil]] + dataRows(1...3)),
        ])
        #expect(tables.map(\.pages) == [[1], [2]])
    }

    @Test func continuedTableMarkedAsSuchContinues() {
        let tables = stitch([
            page(1, title: "支出决算表", top: 100, rows: header + dataRows(1...33)),
            page(2, title: "续表", top: 90, rows: dataRows(34...36)),
        ])
        #expect(tables.map(\.pages) == [[1, 2]])
        #expect(tables.first?.caption.title == "支出决算表")
    }

    @Test func tableFollowedByTextDoesNotContinue() {
        let tables = stitch([
            page(
                1, title: "收入决算表", top: 100, rows: header + dataRows(1...25),
                after: ["以上为本部门收入情况，下面说明支出情况。"]),
            page(2, top: 60, rows: dataRows(26...28)),
        ])
        #expect(tables.count == 2)
    }

    @Test func differentColumnsDoNotContinue() {
        var second = PageSketch(number: 2)
        let ys = [60.0, 80, 100]
        second.grid(rows: ys, columns: [50, 120, 545])
        second.fill(rows: ys, columns: [50, 120, 545], [["一", "二"], ["三", "四"]])
        let tables = stitch([page(1, title: "收入决算表", top: 100, rows: header + dataRows(1...33)), second])
        #expect(tables.count == 2)
    }

    @Test func columnsInferredFromTextContinueDespiteDriftingEdges() throws {
        // Rules only: the column edges sit mid-gap, and the gaps differ on the two pages.
        func page(_ number: Int, top: Double, rows: [[String]], nameWidth: Int) -> PageSketch {
            var sketch = PageSketch(number: number)
            if number == 1 { sketch.text("支出决算表", x: 250, y: top - 30, size: 16, font: 1) }
            for row in 0...rows.count { sketch.horizontal(y: top + Double(row) * 20, from: 50, to: 545) }
            for (row, texts) in rows.enumerated() {
                let y = top + Double(row) * 20 + 5
                sketch.text(texts[0], x: 60, y: y)
                sketch.text(String(repeating: "费", count: nameWidth), x: 160, y: y)
                sketch.text(texts[1], x: 480, y: y)
            }
            sketch.text("\(number)", x: 295, y: 810)
            return sketch
        }
        let first = page(1, top: 100, rows: (1...33).map { ["3020\($0)", "\($0).00"] }, nameWidth: 4)
        let second = page(2, top: 60, rows: (34...36).map { ["3020\($0)", "\($0).00"] }, nameWidth: 12)
        let tables = stitch([first, second])
        let table = try #require(tables.first)
        #expect(tables.count == 1)
        #expect(table.columnCount == 3)
        #expect(table.cells.contains { $0.rows == 35..<36 && $0.columns == 2..<3 && $0.text == "36.00" })
    }

    @Test func mergedCellCutByThePageBreakIsJoinedAgain() throws {
        // Column 0 of the last two rows of page 1 is one cell (产出指标) running on at the top of
        // page 2 as a blank merged cell.
        var first = page(1, title: "项目支出绩效自评表", top: 100, rows: [["一级指标", "二级指标", "分值"]] + dataRows(1...31))
        var second = PageSketch(number: 2)
        let top = 100.0 + 32 * 20, bottom = top + 40
        first.rulings.removeAll { $0.orientation == .horizontal && $0.top == top + 20 }
        first.grid(rows: [top, top + 20, bottom], columns: [250, 400, 545])
        first.horizontal(y: bottom, from: 50, to: 250)
        first.vertical(x: 50, from: top, to: bottom)
        first.text("产出指标", centredIn: Rect(x0: 50, top: top, x1: 250, bottom: bottom))
        first.fill(rows: [top, top + 20, bottom], columns: [250, 400, 545], [["数量", "5"], ["质量", "10"]])
        let ys = [60.0, 80, 100, 120]
        for y in [60.0, 100, 120] { second.horizontal(y: y, from: 50, to: 545) }
        second.horizontal(y: 80, from: 250, to: 545)
        for x in xs { second.vertical(x: x, from: 60, to: 120) }
        second.fill(rows: ys, columns: xs, [[nil, "时效", "5"], [nil, "成本", "5"], ["效益指标", "社会", "5"]])

        let table = try #require(stitch([first, second]).first)
        #expect(table.pages == [1, 2])
        let label = try #require(table.cells.first { $0.text == "产出指标" })
        #expect(label.rows == 32..<36)
        expectTiling(table.cells, rows: table.rowCount, columns: table.columnCount)
    }

    @Test func notesRunningOntoTheNextPageBelongToTheTable() throws {
        let first = page(1, title: "收入决算表", top: 100, rows: header + dataRows(1...33))
        var second = PageSketch(number: 2)
        second.text("注：本表反映部门本年度取得的各项收入情况。", x: 50, y: 60)
        second.text("一、收入决算情况说明", x: 60, y: 100)
        let table = try #require(stitch([first, second]).first)
        #expect(table.pages == [1])
        #expect(table.caption.notes == ["注：本表反映部门本年度取得的各项收入情况。"])
        #expect(table.extents.map(\.page) == [1, 2])
        #expect(table.extents.last?.box.bottom == 70)
    }
}
