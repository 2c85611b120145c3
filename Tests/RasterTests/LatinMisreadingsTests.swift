import Raster
import Testing

/// An engine that reads every region it is asked about as `answer`, one symbol per character.
private final class ReadingAgain: RecognitionEngine {
    var description: String { "again" }
    let answer: String
    var asked: [RecognitionRegion] = []

    init(answer: String) { self.answer = answer }

    func recognise(_ image: GreyImage, dpi: Double) throws -> [RecognisedSymbol] { [] }

    func recognise(_ image: GreyImage, dpi: Double, regions: [RecognitionRegion]) throws -> [[RecognisedSymbol]] {
        asked += regions
        return regions.map { region in
            answer.enumerated().map { i, character in
                let box = PixelBox(
                    left: region.box.left + 50 * i, top: region.box.top, right: region.box.left + 50 * i + 48,
                    bottom: region.box.bottom)
                return RecognisedSymbol(text: String(character), box: box, line: region.box, confidence: 80)
            }
        }
    }
}

@Suite("Latin misreadings")
struct LatinMisreadingsTests {
    static let line = PixelBox(left: 0, top: 0, right: 2000, bottom: 60)

    static func symbols(_ texts: [String]) -> [RecognisedSymbol] {
        texts.enumerated().map { i, text in
            RecognisedSymbol(
                text: text, box: PixelBox(left: 50 * i, top: 5, right: 50 * i + 45, bottom: 55), line: line,
                confidence: 70)
        }
    }

    @Test("A short run of letters beside ideographs in a Chinese line is read again without letters")
    func note() throws {
        let engine = ReadingAgain(answer: "注")
        let read = try LatinMisreadings.reread(
            Self.symbols(["T", "E", "：", "本", "表", "反", "映"]), in: GreyImage(width: 10, height: 10), dpi: 300,
            engine: engine)
        #expect(read.map(\.text) == ["注", "：", "本", "表", "反", "映"])
        #expect(engine.asked.count == 1 && engine.asked[0].forbiddenCharacters?.contains("T") == true)
        #expect(read[0].line == Self.line)
    }

    @Test("English words, Latin lines and a reading that gives letters again are left alone")
    func leftAlone() throws {
        let engine = ReadingAgain(answer: "G")
        let image = GreyImage(width: 10, height: 10)
        let word = Self.symbols(["P", "D", "F", "s", "本", "表", "反"])
        #expect(try LatinMisreadings.reread(word, in: image, dpi: 300, engine: engine).map(\.text) == word.map(\.text))
        let latin = Self.symbols(["a", "b", "c", "本"])
        #expect(
            try LatinMisreadings.reread(latin, in: image, dpi: 300, engine: engine).map(\.text) == latin.map(\.text))
        let again = Self.symbols(["G", "K", "款", "行", "政"])
        #expect(
            try LatinMisreadings.reread(again, in: image, dpi: 300, engine: engine).map(\.text) == again.map(\.text))
    }

    @Test("A bracketed run of letters in Chinese text, or on the line wrapped from it, is read again")
    func bracketedUnit() throws {
        let image = GreyImage(width: 10, height: 10)
        let wrapped = PixelBox(left: 0, top: 70, right: 2000, bottom: 130)
        // 补助标准 / (元) wrapped in a cell, the unit read as (7t).
        let unit =
            Self.symbols(["补", "助", "标", "准"])
            + ["(", "7", "t", ")"].enumerated().map { i, text in
                RecognisedSymbol(
                    text: text, box: PixelBox(left: 50 * i, top: 75, right: 50 * i + 45, bottom: 125), line: wrapped,
                    confidence: 70)
            }
        let engine = ReadingAgain(answer: "元")
        let read = try LatinMisreadings.reread(unit, in: image, dpi: 300, engine: engine)
        #expect(read.map(\.text) == ["补", "助", "标", "准", "(", "元", ")"])
        #expect(engine.asked.count == 1)
        // In Latin text, or with digits only, the brackets' content stays.
        let latin = Self.symbols(["s", "e", "e", "(", "A", ")"])
        #expect(
            try LatinMisreadings.reread(latin, in: image, dpi: 300, engine: engine).map(\.text) == latin.map(\.text))
        let numbered = Self.symbols(["指", "标", "(", "1", ")"])
        #expect(
            try LatinMisreadings.reread(numbered, in: image, dpi: 300, engine: engine).map(\.text)
                == numbered.map(\.text))
    }

    @Test("A cell read as a few letters as tall as ideographs is read again without letters; English stays")
    func cell() throws {
        func cell(_ texts: [String], height: Int) -> [RecognisedSymbol] {
            texts.enumerated().map { i, text in
                RecognisedSymbol(
                    text: text, box: PixelBox(left: 50 * i, top: 5, right: 50 * i + 40, bottom: 5 + height),
                    line: Self.line,
                    confidence: 95)
            }
        }
        let region = RecognitionRegion(box: PixelBox(left: 0, top: 0, right: 300, bottom: 60), layout: .line)
        let image = GreyImage(width: 10, height: 10)
        let engine = ReadingAgain(answer: "款")
        let misread = try LatinMisreadings.rereadCell(
            cell(["a", "K"], height: 48), region: region, ideographHeight: 50, in: image, dpi: 300, engine: engine)
        #expect(misread.map(\.text) == ["款"])
        #expect(engine.asked.count == 1 && engine.asked[0].forbiddenCharacters?.contains("a") == true)
        // Capitals of the same type stand 0.7 of an ideograph.
        let english = cell(["G", "D", "P"], height: 35)
        #expect(
            try LatinMisreadings.rereadCell(
                english, region: region, ideographHeight: 50, in: image, dpi: 300, engine: engine) == english)
        // Many letters with marks among them ("Ah, RUNNERS" by a seal's edge) are read again
        // too; a reading of ideographs with a stray mark is kept.
        let sealed = cell(["A", "h", ",", "R", "U", "N", "N", "E", "R", "S"], height: 48)
        #expect(
            try LatinMisreadings.rereadCell(
                sealed, region: region, ideographHeight: 50, in: image, dpi: 300,
                engine: ReadingAgain(answer: "二十、粮油物资储备支出“")
            ).map(\.text).joined() == "二十、粮油物资储备支出“")
        // A reading that gives no ideograph leaves the letters.
        let digits = ReadingAgain(answer: "7")
        let tall = cell(["a", "e"], height: 50)
        #expect(
            try LatinMisreadings.rereadCell(
                tall, region: region, ideographHeight: 50, in: image, dpi: 300, engine: digits)
                == tall)
    }
}
