import PageModel
import Raster
import Testing

/// An engine that answers each region with what a table says it holds.
private final class ScriptedEngine: RecognitionEngine {
    var description: String { "scripted" }
    let answers: (RecognitionRegion) -> String
    var asked: [RecognitionRegion] = []

    init(answers: @escaping (RecognitionRegion) -> String) { self.answers = answers }

    func recognise(_ image: GreyImage, dpi: Double) throws -> [RecognisedSymbol] { [] }

    func recognise(_ image: GreyImage, dpi: Double, regions: [RecognitionRegion]) throws -> [[RecognisedSymbol]] {
        asked += regions
        return regions.map { region in
            let text = answers(region)
            let line = PixelBox(
                left: region.box.left, top: region.box.top + 4, right: region.box.right, bottom: region.box.bottom - 4)
            return text.enumerated().map { i, character in
                RecognisedSymbol(
                    text: String(character),
                    box: PixelBox(
                        left: line.left + 30 * i, top: line.top, right: line.left + 30 * i + 28, bottom: line.bottom),
                    line: line, confidence: 90)
            }
        }
    }
}

@Suite("Table cells read again")
struct RasterCellReaderTests {
    static let dpi = 300.0

    /// A page whose first reading put `text` in a cell as glyphs of font `font`.
    static func glyphs(_ text: String, in box: Rect, font: Int) -> [Glyph] {
        text.unicodeScalars.enumerated().map { i, scalar in
            Glyph(
                scalar: scalar,
                box: Rect(
                    x0: box.x0 + 2 + 6 * Double(i), top: box.midY - 4,
                    x1: box.x0 + 7 + 6 * Double(i), bottom: box.midY + 4), font: font)
        }
    }

    @Test(
        "Each cell's glyphs come from its own reading; an empty reading keeps the page's; amounts are told so",
        arguments: [(12.0, 80.0), (20.0, 140.0)])
    func reread(rowHeight: Double, columnWidth: Double) throws {
        let label = Rect(x0: 50, top: 100, x1: 50 + columnWidth, bottom: 100 + rowHeight)
        let amount = Rect(x0: label.x1, top: 100, x1: label.x1 + columnWidth, bottom: 100 + rowHeight)
        let blank = Rect(x0: amount.x1, top: 100, x1: amount.x1 + columnWidth, bottom: 100 + rowHeight)
        let outside = Self.glyphs("注", in: Rect(x0: 50, top: 300, x1: 90, bottom: 312), font: 1)
        var page = Page(number: 1, width: 595, height: 842)
        page.glyphs =
            Self.glyphs("工资祸利", in: label, font: 0) + Self.glyphs("1736.56", in: amount, font: 0)
            + Self.glyphs("7", in: blank, font: 0) + outside
        let reading = RasterPageReading(
            page: page, recognitionImage: GreyImage(width: 2480, height: 3508), dpi: Self.dpi)
        let engine = ScriptedEngine { region in
            if region.allowedCharacters != nil { return "1736.36" }
            return region.box.left < Int(label.x1 * Self.dpi / 72) ? "工资福利" : ""
        }
        let cells = [
            RasterCellReader.Cell(box: label, isAmount: false), RasterCellReader.Cell(box: amount, isAmount: true),
            RasterCellReader.Cell(box: blank, isAmount: false),
        ]
        let out = try RasterCellReader().reread(reading, cells: cells, engine: engine) { _, _ in 9 }

        func text(in box: Rect) -> String {
            String(
                String.UnicodeScalarView(
                    out.glyphs.filter { box.contains(x: $0.box.midX, y: $0.box.midY) }
                        .sorted { $0.box.x0 < $1.box.x0 }.map(\.scalar)))
        }
        #expect(text(in: label) == "工资福利")
        #expect(text(in: amount) == "1736.36")
        #expect(text(in: blank) == "7")
        #expect(out.glyphs.filter { $0.scalar == "注" } == outside)
        // The new glyphs keep the type the page's reading found in their cells.
        #expect(out.glyphs.allSatisfy { $0.font != 9 })
        #expect(engine.asked.map { $0.allowedCharacters != nil } == [false, true, false])
        // Glyphs 8 pt tall: a 12 pt row holds one line, a 20 pt row may hold two.
        let layout: RecognitionRegion.Layout = rowHeight < RasterCellReader.singleLineHeights * 8 ? .line : .block
        #expect(engine.asked.allSatisfy { $0.layout == layout })
    }

    @Test(
        "A cell the page's reading passed over is read when its ink shows a character, kept when the engine is sure",
        arguments: [90.0, 30.0])
    func missedCell(confidence: Double) throws {
        let label = Rect(x0: 50, top: 100, x1: 130, bottom: 120)
        let score = Rect(x0: 130, top: 100, x1: 170, bottom: 120)
        let blank = Rect(x0: 170, top: 100, x1: 210, bottom: 120)
        var page = Page(number: 1, width: 595, height: 842)
        page.glyphs = Self.glyphs("得分", in: label, font: 0)
        // The score's ink: two digits 25 px tall in its cell; the blank cell has none.
        var image = GreyImage(width: 2480, height: 3508)
        // The rest of the page's print, far below: it sets what counts as ink.
        for y in 2000..<2200 { for x in 200..<500 { image[x, y] = 30 } }
        let scale = Self.dpi / 72
        let top = Int(score.midY * scale) - 12, left = Int(score.x0 * scale) + 40
        for y in top..<top + 25 { for x in left..<left + 4 { image[x, y] = 30 } }
        for y in top..<top + 25 {
            for x in left + 12..<left + 26 where y == top || y == top + 24 || x < left + 15 || x > left + 22 {
                image[x, y] = 30
            }
        }
        let reading = RasterPageReading(page: page, recognitionImage: image, dpi: Self.dpi)
        let engine = ScriptedEngine { region in region.box.left < Int(label.x1 * scale) ? "得分" : "10" }
        let cells = [score, label, blank].map { RasterCellReader.Cell(box: $0, isAmount: false) }
        let confident = ConfidenceEngine(engine, confidence: confidence)
        let out = try RasterCellReader().reread(reading, cells: cells, engine: confident) { _, _ in 3 }

        let scoreText = String(
            String.UnicodeScalarView(
                out.glyphs.filter { score.contains(x: $0.box.midX, y: $0.box.midY) }.sorted { $0.box.x0 < $1.box.x0 }
                    .map(\.scalar)))
        #expect(scoreText == (confidence >= RasterCellReader.minMissedConfidence ? "10" : ""))
        // The blank cell is not asked about: read alone, its specks would come out as letters.
        #expect(engine.asked.count == 2)
        #expect(!engine.asked.contains { $0.box.left >= Int(blank.x0 * scale) })
    }

    @Test("An amount read again with a digit lost keeps the page's reading; a side's remains do not count")
    func aDigitLostInTheCellsReadingIsKept() {
        let cell = Rect(x0: 100, top: 100, x1: 140, bottom: 112)
        // The page's reading set 54 in the middle of the cell; read again it lost the 5.
        let centred = Self.glyphs("54", in: Rect(x0: 112, top: 100, x1: 130, bottom: 112), font: 0)
        #expect(RasterCellReader.drops("4", from: centred, in: cell))
        // A 1 the page reading put against the right side is the border; 57 stands.
        let bordered =
            Self.glyphs("57", in: Rect(x0: 112, top: 100, x1: 130, bottom: 112), font: 0)
            + [Glyph(scalar: "1", box: Rect(x0: 138.5, top: 104, x1: 139.5, bottom: 112), font: 0)]
        #expect(!RasterCellReader.drops("57", from: bordered, in: cell))
        // A point the page reading alone has after the figure is a speck: 06 stands.
        let speck = Self.glyphs("06.", in: Rect(x0: 112, top: 100, x1: 130, bottom: 112), font: 0)
        #expect(!RasterCellReader.drops("06", from: speck, in: cell))
        // A reading that changes a digit, or a page reading that is no figure, is no loss.
        #expect(!RasterCellReader.drops("44", from: centred, in: cell))
        #expect(!RasterCellReader.drops("303", from: Self.glyphs("303:", in: cell, font: 0), in: cell))
    }
}

extension RasterCellReaderTests {
    @Test("A bar at a cell's side is its border's remains: dropped, and a cell of nothing else is blank")
    func borderBars() throws {
        let amount = Rect(x0: 50, top: 100, x1: 130, bottom: 120)
        let blank = Rect(x0: 130, top: 100, x1: 210, bottom: 120)
        let unread = Rect(x0: 210, top: 100, x1: 290, bottom: 120)
        var page = Page(number: 1, width: 595, height: 842)
        page.glyphs = Self.glyphs("1,200|", in: amount, font: 0) + Self.glyphs("|", in: blank, font: 0)
        // The page's reading put a bar against this cell's side; read alone, it gives nothing.
        page.glyphs.append(Glyph(scalar: "|", box: Rect(x0: 210.5, top: 105, x1: 211.5, bottom: 115), font: 0))
        let reading = RasterPageReading(
            page: page, recognitionImage: GreyImage(width: 2480, height: 3508), dpi: Self.dpi)
        let scale = Self.dpi / 72
        // The engine reads each cell's text starting at its left, then a bar at its right side.
        let engine = BarEngine(unread: Int(unread.x0 * scale)) { region in
            region.box.left < Int(amount.x1 * scale) ? "1,200" : ""
        }
        let cells = [amount, blank, unread].map { RasterCellReader.Cell(box: $0, isAmount: false) }
        let out = try RasterCellReader().reread(reading, cells: cells, engine: engine) { _, _ in 0 }
        func text(in box: Rect) -> String {
            String(
                String.UnicodeScalarView(
                    out.glyphs.filter { box.contains(x: $0.box.midX, y: $0.box.midY) }.sorted { $0.box.x0 < $1.box.x0 }
                        .map(\.scalar)))
        }
        #expect(text(in: amount) == "1,200")
        #expect(text(in: blank) == "")
        #expect(text(in: unread) == "")
    }
}

/// Reads each region as its text from the left, then a "|" against its right side.
private final class BarEngine: RecognitionEngine {
    var description: String { "bars" }
    let answers: (RecognitionRegion) -> String
    /// Regions from this pixel column on read as nothing.
    let unread: Int

    init(unread: Int, answers: @escaping (RecognitionRegion) -> String) {
        self.unread = unread
        self.answers = answers
    }

    func recognise(_ image: GreyImage, dpi: Double) throws -> [RecognisedSymbol] { [] }

    func recognise(_ image: GreyImage, dpi: Double, regions: [RecognitionRegion]) throws -> [[RecognisedSymbol]] {
        regions.map { region in
            guard region.box.left < unread else { return [] }
            let line = PixelBox(
                left: region.box.left, top: region.box.top + 4, right: region.box.right, bottom: region.box.bottom - 4)
            let text = answers(region).enumerated().map { i, character in
                RecognisedSymbol(
                    text: String(character),
                    box: PixelBox(
                        left: line.left + 20 + 18 * i, top: line.top, right: line.left + 36 + 18 * i,
                        bottom: line.bottom),
                    line: line, confidence: 90)
            }
            let bar = RecognisedSymbol(
                text: "|",
                box: PixelBox(left: line.right - 4, top: line.top, right: line.right - 1, bottom: line.bottom),
                line: line, confidence: 80)
            return text + [bar]
        }
    }
}

/// Another engine's answers with the confidence set.
private final class ConfidenceEngine<Inner: RecognitionEngine>: RecognitionEngine {
    let inner: Inner
    let confidence: Double
    var description: String { inner.description }

    init(_ inner: Inner, confidence: Double) {
        self.inner = inner
        self.confidence = confidence
    }

    func recognise(_ image: GreyImage, dpi: Double) throws -> [RecognisedSymbol] { [] }

    func recognise(_ image: GreyImage, dpi: Double, regions: [RecognitionRegion]) throws -> [[RecognisedSymbol]] {
        try inner.recognise(image, dpi: dpi, regions: regions).map { symbols in
            symbols.map { RecognisedSymbol(text: $0.text, box: $0.box, line: $0.line, confidence: confidence) }
        }
    }
}
