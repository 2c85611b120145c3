import TestSupport
import PageModel
import PopplerReader
import Testing

@Suite("Rulings")
struct RulingTests {
    /// Both table samples draw the same grid (samples/*.expected.txt) with 0.5 pt borders: stroked
    /// lines in one, thin filled rectangles in the other.
    static let tableSamples = ["ruled-table", "filled-rule-table"]
    static let borderWidth = 0.5

    @Test(
        "The table's borders are read as rulings forming its grid, merged cells included",
        arguments: tableSamples)
    func grid(sample: String) throws {
        let expected = ExpectedTable(parsing: try Samples.text("\(sample).expected.txt"))
        let page = try PDFDocument(path: Samples.path("\(sample).pdf")).page(1).read()
        let measured = MeasuredTable(page.rulings)

        #expect(expected.rowCount == 6 && expected.columnCount == 5 && expected.grid.segmentCount == 13)
        #expect(page.rulings.count == expected.grid.segmentCount)  // one per drawn segment
        #expect(measured.ys.count == expected.rowCount + 1)
        #expect(measured.xs.count == expected.columnCount + 1)
        #expect(measured.strays.isEmpty)
        #expect(measured.grid.horizontal == expected.grid.horizontal)
        #expect(measured.grid.vertical == expected.grid.vertical)
        #expect(page.rulings.allSatisfy { abs($0.width - Self.borderWidth) < 0.01 })
    }

    @Test("The stroked and the filled table give the same boundaries")
    func sameBoundaries() throws {
        let grids = try Self.tableSamples.map { sample in
            MeasuredTable(try PDFDocument(path: Samples.path("\(sample).pdf")).page(1).read().rulings)
        }
        #expect(grids[0].xs.count == grids[1].xs.count && grids[0].ys.count == grids[1].ys.count)
        for (a, b) in zip(grids[0].xs + grids[0].ys, grids[1].xs + grids[1].ys) {
            #expect(abs(a - b) < 0.05)
        }
    }

    @Test("ruled-table.pdf has no fills")
    func strokedTableHasNoFills() throws {
        let page = try PDFDocument(path: Samples.path("ruled-table.pdf")).page(1).read()
        #expect(page.fills.isEmpty)
    }

    @Test("filled-rule-table.pdf: the header band is one grey FilledRect over the header rows")
    func headerBand() throws {
        let expected = ExpectedTable(parsing: try Samples.text("filled-rule-table.expected.txt"))
        let page = try PDFDocument(path: Samples.path("filled-rule-table.pdf")).page(1).read()
        let measured = MeasuredTable(page.rulings)
        let band = try #require(page.fills.count == 1 ? page.fills.first : nil, "fills: \(page.fills)")

        let color = try #require(band.color)
        let channels = [1, 3, 5].map { Int(color.dropFirst($0).prefix(2), radix: 16) }
        #expect(channels[0] != nil && Set(channels).count == 1, "\(color) is not a grey")
        #expect(color != "#000000" && color != "#ffffff")

        try #require(measured.xs.count == expected.columnCount + 1 && measured.ys.count == expected.rowCount + 1)
        #expect(abs(band.box.x0 - measured.xs.first!) < 0.5)
        #expect(abs(band.box.x1 - measured.xs.last!) < 0.5)
        #expect(abs(band.box.top - measured.ys[0]) < 0.5)
        #expect(abs(band.box.bottom - measured.ys[expected.headerRowCount]) < 0.5)
    }
}
