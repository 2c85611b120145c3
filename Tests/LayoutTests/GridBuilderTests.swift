@testable import Layout
import PageModel
import Testing

@Suite struct GridBuilderTests {
    let options = TableFinder.Options()

    @Test func doubledStrokesSnapOntoOnePosition() {
        let snapped = RulingNetwork.snapRulings(
            [
                Segment(position: 100, start: 0, end: 50), Segment(position: 100.4, start: 0, end: 50),
                Segment(position: 120, start: 0, end: 50),
            ], tolerance: options.snapTolerance)
        #expect(Set(snapped.map(\.position)) == [100.2, 120])
    }

    @Test func piecesJoinAcrossSmallGapsOnly() {
        let joined = RulingNetwork.joinSegments(
            [
                Segment(position: 10, start: 0, end: 40), Segment(position: 10, start: 41, end: 80),
                Segment(position: 10, start: 100, end: 120), Segment(position: 20, start: 0, end: 40),
            ],
            tolerance: options.joinTolerance)
        #expect(
            joined == [
                Segment(position: 10, start: 0, end: 80), Segment(position: 10, start: 100, end: 120),
                Segment(position: 20, start: 0, end: 40),
            ])
    }

    @Test func debrisAndLooseLinesFormNoGroup() {
        let network = RulingNetwork(
            rulings: [
                .horizontal(y: 50, from: 0, to: 100, width: 0.5),  // alone: no vertical meets it
                .horizontal(y: 200, from: 0, to: 100, width: 0.5),
                .vertical(x: 50, from: 150, to: 300, width: 0.5),  // crosses the second
                .vertical(x: 300, from: 10, to: 11.5, width: 0.5),  // debris
            ], options: options)
        let groups = network.connectedGroups(tolerance: options.intersectionTolerance)
        #expect(network.verticals.count == 1)
        #expect(groups.count == 1)
        #expect(groups.first?.horizontals.map(\.position) == [200])
    }

    @Test func cellsOfABorderThatStopsShortAreRectangles() throws {
        // A 2×2 grid whose inner vertical covers only the top row and whose inner horizontal
        // covers only the left column: the three open positions join into an L, which becomes
        // one rectangle holding everything.
        let builder = GridBuilder(options: options)
        let grid = try #require(
            builder.buildGrid(
                horizontals: [
                    Segment(position: 0, start: 0, end: 100), Segment(position: 20, start: 0, end: 50),
                    Segment(position: 40, start: 0, end: 100),
                ],
                verticals: [
                    Segment(position: 0, start: 0, end: 40), Segment(position: 50, start: 0, end: 20),
                    Segment(position: 100, start: 0, end: 40),
                ]))
        #expect(grid.rowEdges == [0, 20, 40] && grid.columnEdges == [0, 50, 100])
        #expect(grid.spans == [CellSpan(rows: 0..<2, columns: 0..<2)])
    }

    @Test func stubsThatBorderNoCellAddNoColumn() throws {
        let grid = try #require(
            GridBuilder(options: options).buildGrid(
                horizontals: [0, 20, 40].map { Segment(position: $0, start: 0, end: 100) },
                verticals: [
                    Segment(position: 0, start: 0, end: 40), Segment(position: 30, start: 18, end: 22),
                    Segment(position: 100, start: 0, end: 40),
                ]))
        #expect(grid.columnEdges == [0, 100])
        #expect(grid.spans.count == 2)
    }

    @Test func partialBordersMakeMergedCells() throws {
        // Top row: one cell across both columns; bottom row: two cells.
        let grid = try #require(
            GridBuilder(options: options).buildGrid(
                horizontals: [0, 20, 40].map { Segment(position: $0, start: 0, end: 100) },
                verticals: [
                    Segment(position: 0, start: 0, end: 40), Segment(position: 50, start: 20, end: 40),
                    Segment(position: 100, start: 0, end: 40),
                ]))
        #expect(
            grid.spans == [
                CellSpan(rows: 0..<1, columns: 0..<2), CellSpan(rows: 1..<2, columns: 0..<1),
                CellSpan(rows: 1..<2, columns: 1..<2),
            ])
    }

    @Test func columnGapsMustRecurAcrossRows() {
        let alignment = TextAlignment(options: options)
        func row(_ spans: [(Double, Double)], y: Double) -> [Rect] {
            spans.map { Rect(x0: $0.0, top: y, x1: $0.1, bottom: y + 10) }
        }
        // Columns at 0–60, 100–140, 200–230; the second row alone has a gap inside column 0.
        let rows = [
            row([(0, 20), (100, 140), (200, 230)], y: 0),
            row([(0, 20), (40, 60), (100, 120), (200, 220)], y: 20),
            row([(0, 20), (110, 140), (205, 230)], y: 40),
        ]
        #expect(alignment.columnSeparators(rows) == [80, 170])
    }

    @Test func cellsTileTheGridWhateverBordersAreMissing() throws {
        // Random grids with random border pieces left out (a fixed seed keeps the run repeatable).
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<50 {
            let rows = 1 + next(6), columns = 1 + next(6)
            let ys = (0...rows).map { Double($0) * 20 }, xs = (0...columns).map { Double($0) * 40 }
            var horizontals: [Segment] = [], verticals: [Segment] = []
            for (index, y) in ys.enumerated() {
                for (x0, x1) in zip(xs, xs.dropFirst()) where index == 0 || index == rows || next(3) > 0 {
                    horizontals.append(Segment(position: y, start: x0, end: x1))
                }
            }
            for (index, x) in xs.enumerated() {
                for (top, bottom) in zip(ys, ys.dropFirst()) where index == 0 || index == columns || next(3) > 0 {
                    verticals.append(Segment(position: x, start: top, end: bottom))
                }
            }
            let grid = try #require(
                GridBuilder(options: options).buildGrid(
                    horizontals: RulingNetwork.joinSegments(horizontals, tolerance: 1),
                    verticals: RulingNetwork.joinSegments(verticals, tolerance: 1)))
            let cells = grid.spans.map {
                TableCell(rows: $0.rows, columns: $0.columns, text: "", box: grid.box(of: $0))
            }
            expectTiling(cells, rows: grid.rowCount, columns: grid.columnCount)
        }
    }
}
