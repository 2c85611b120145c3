import PageModel
import Raster
import Testing

/// An engine that reads each region as the next of `lines`, one symbol per character laid
/// out evenly over the region, with `confidence`.
private final class LinesEngine: RecognitionEngine {
    var description: String { "lines" }
    var lines: [String]
    let confidence: Double
    var asked: [RecognitionRegion] = []

    init(_ lines: [String], confidence: Double = 95) {
        self.lines = lines
        self.confidence = confidence
    }

    func recognise(_ image: GreyImage, dpi: Double) throws -> [RecognisedSymbol] { [] }

    func recognise(_ image: GreyImage, dpi: Double, regions: [RecognitionRegion]) throws -> [[RecognisedSymbol]] {
        asked += regions
        return regions.map { region in
            let text = lines.isEmpty ? "" : lines.removeFirst()
            let step = (region.box.right - region.box.left) / max(1, text.count)
            return text.enumerated().map { i, character in
                let box = PixelBox(
                    left: region.box.left + step * i, top: region.box.top, right: region.box.left + step * (i + 1),
                    bottom: region.box.bottom)
                return RecognisedSymbol(text: String(character), box: box, line: region.box, confidence: confidence)
            }
        }
    }
}

@Suite("Characters of a garbled font map read again from the image")
struct MisMapRepairTests {
    static let dpi = 300.0

    /// A page of one line of `text` at 12 pt, the characters of `wide` a full em wide as
    /// ideographs are.
    static func page(_ text: String, wide: Set<Int> = []) -> Page {
        var x = 72.0
        let glyphs = text.unicodeScalars.enumerated().map { index, scalar in
            let advance = scalar.isCJK || wide.contains(index) ? 12.0 : 6.0
            defer { x += advance }
            return Glyph(scalar: scalar, box: Rect(x0: x, top: 100, x1: x + advance, bottom: 112), font: 0)
        }
        return Page(number: 1, width: 595, height: 842, glyphs: glyphs)
    }

    fileprivate static func repair(_ page: Page, _ engine: LinesEngine) throws -> Page {
        try MisMapRepair(dpi: dpi).repair(
            page, suspects: MisMappedGlyphs.indices(in: page.glyphs), image: GreyImage(width: 2480, height: 3508),
            engine: engine)
    }

    static func text(_ page: Page) -> String {
        String(String.UnicodeScalarView(page.glyphs.map(\.scalar)))
    }

    @Test("A suspect takes the character read over it when the rest of the line agrees")
    func repairs() throws {
        let engine = LinesEngine(["一般公共服务支出"])
        let repaired = try Self.repair(Self.page("一般|共服á支出", wide: [2, 5]), engine)
        #expect(Self.text(repaired) == "一般公共服务支出")
        #expect(repaired.remapped?.replaced == 2 && repaired.remapped?.kept == 0)
        #expect(repaired.remapped?.example?.was == "般|共" && repaired.remapped?.example?.now == "般公共")
        // One line region; Latin letters forbidden, as no suspect can be one.
        #expect(engine.asked.count == 1 && engine.asked[0].layout == .line)
        #expect(engine.asked[0].forbiddenCharacters?.contains("A") == true)
    }

    @Test("The line read with a character more or less still aligns; a colon read for a full-width glyph is full-width")
    func aligns() throws {
        // 编制单位：上海市 with 制 as v and ： as ÿ; the engine reads a stray mark first.
        let repaired = try Self.repair(Self.page("编v单位ÿ上海市", wide: [1, 4]), LinesEngine(["-编制单位:上海市"]))
        #expect(Self.text(repaired) == "编制单位：上海市")
    }

    @Test("A reading that does not agree with the characters the map got right changes nothing")
    func disagreeing() throws {
        let page = Self.page("一般|共预算支出", wide: [2])
        let repaired = try Self.repair(page, LinesEngine(["PAFETESZ", "", ""]))
        #expect(Self.text(repaired) == Self.text(page))
        #expect(repaired.remapped?.replaced == 0 && repaired.remapped?.kept == 1)
    }

    @Test("An unsure suspect is read again alone, and kept when still unsure or a letter")
    func unsure() throws {
        let page = Self.page("缴Á支出", wide: [1])
        let low = LinesEngine(["缴费支出", "费"], confidence: 40)
        #expect(Self.text(try Self.repair(page, low)) == "缴Á支出")
        #expect(low.asked.count == 2)
        #expect(Self.text(try Self.repair(page, LinesEngine(["缴费支出"]))) == "缴费支出")
        #expect(Self.text(try Self.repair(page, LinesEngine(["缴B支出"]))) == "缴Á支出")
    }

    @Test("A character mapped to a control character, as wide as an ideograph, is read and put back in its place")
    func leftOut() throws {
        var page = Self.page("2025预算", wide: [])
        // 年 between 2025 and 预, left out by the reader: the glyphs after it move one em on.
        for i in 4..<page.glyphs.count {
            page.glyphs[i].box = Rect(
                x0: page.glyphs[i].box.x0 + 12, top: 100, x1: page.glyphs[i].box.x1 + 12, bottom: 112)
        }
        page.unmappedGlyphs = [
            UnmappedGlyph(box: Rect(x0: 96, top: 100, x1: 108, bottom: 112), font: 0, position: 4, kind: .control)
        ]
        // Too few ideographs on this page to measure an em: nothing is read.
        #expect(MisMapRepair.leftOut(page).isEmpty)
        page.glyphs += Self.page("单位一般").glyphs.map {
            var glyph = $0
            glyph.box = Rect(x0: glyph.box.x0, top: 200, x1: glyph.box.x1, bottom: 212)
            return glyph
        }
        #expect(MisMapRepair.leftOut(page).count == 1)
        let repaired = try Self.repair(page, LinesEngine(["2025年预算"]))
        #expect(Self.text(repaired) == "2025年预算单位一般")
        #expect(repaired.unmappedGlyphs.isEmpty)
    }

    @Test("A suspect is read with up to four characters either side of it, not its whole line")
    func windows() throws {
        let page = Self.page("一二三四五六七八|九十一二三四五六七八九十ß一二", wide: [8, 21])
        let engine = LinesEngine([])
        _ = try Self.repair(page, engine)
        let scale = Self.dpi / 72
        // Characters 4…12 and 17…23 of the line (its end), at 12 points each from 72.
        #expect(
            engine.asked.map(\.box.left) == [
                Int(((72 + 4 * 12) * scale).rounded(.down)), Int(((72 + 17 * 12) * scale).rounded(.down)),
            ])
        #expect(
            engine.asked.map(\.box.right) == [
                Int(((72 + 13 * 12) * scale).rounded(.up)), Int(((72 + 24 * 12) * scale).rounded(.up)),
            ])
    }

    @Test("A character left out alone in its font (a symbol font's bullet) is not worth reading the page for")
    func bulletAlone() {
        var page = Self.page("一般公共预算", wide: [])
        // An unmapped bullet of font 1 before the line: no rightly mapped character beside it.
        page.unmappedGlyphs = [
            UnmappedGlyph(box: Rect(x0: 60, top: 100, x1: 66, bottom: 112), font: 1, position: 0, kind: .unmapped)
        ]
        #expect(MisMapRepair.leftOut(page).count == 1)
        #expect(!MisMapRepair.needsReading(page, suspects: []))
        #expect(MisMapRepair.needsReading(Self.page("一般|共预算", wide: [2]), suspects: [2]))
    }

    @Test("A narrow control character is a space some maps give as one, and stays out")
    func narrowControl() {
        var page = Self.page("预算单位", wide: [])
        page.unmappedGlyphs = [
            UnmappedGlyph(box: Rect(x0: 96, top: 100, x1: 99, bottom: 112), font: 0, position: 2, kind: .control)
        ]
        #expect(MisMapRepair.leftOut(page).isEmpty)
    }
}
