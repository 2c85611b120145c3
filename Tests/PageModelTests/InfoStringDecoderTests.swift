import PageModel
import Testing

@Suite("Info string decoding")
struct InfoStringDecoderTests {
    /// 上海市财政局2018年部门经费预算 in GBK (as an older Chinese producer writes /Title).
    static let gbk: [UInt8] = [
        0xC9, 0xCF, 0xBA, 0xA3, 0xCA, 0xD0, 0xB2, 0xC6, 0xD5, 0xFE, 0xBE, 0xD6,
        0x32, 0x30, 0x31, 0x38, 0xC4, 0xEA, 0xB2, 0xBF, 0xC3, 0xC5, 0xBE, 0xAD,
        0xB7, 0xD1, 0xD4, 0xA4, 0xCB, 0xE3,
    ]

    @Test("Unmarked GBK bytes read as Chinese")
    func gbkBytes() {
        #expect(InfoStringDecoder.decode(Self.gbk) == "上海市财政局2018年部门经费预算")
    }

    @Test("UTF-16 with a byte-order mark, either order, and UTF-8 with one")
    func unicode() {
        #expect(InfoStringDecoder.decode([0xFE, 0xFF, 0x4E, 0x0A, 0x6D, 0x77, 0x00, 0x32]) == "上海2")
        #expect(InfoStringDecoder.decode([0xFF, 0xFE, 0x0A, 0x4E, 0x77, 0x6D]) == "上海")
        #expect(InfoStringDecoder.decode([0xEF, 0xBB, 0xBF] + Array("财政局".utf8)) == "财政局")
    }

    @Test("PDFDocEncoding: Latin-1 with its own upper half (•, Œ, €) and plain ASCII")
    func pdfDocEncoding() {
        #expect(InfoStringDecoder.decode(Array("Budget 2025".utf8)) == "Budget 2025")
        #expect(InfoStringDecoder.decode([0x43, 0x61, 0x66, 0xE9]) == "Café")
        #expect(InfoStringDecoder.decode([0x80, 0x20, 0x96, 0x20, 0xA0]) == "• Œ €")
    }

    @Test("GBK that a reader decoded as PDFDocEncoding is recovered")
    func repairMojibake() {
        // What poppler gives for the first twelve bytes: each byte as its PDFDocEncoding character.
        #expect(InfoStringDecoder.repair("ÉÏº£ÊÐ²ÆÕþ¾Ö") == "上海市财政局")
        #expect(InfoStringDecoder.repair("ÉÏº£ÊÐ²ÆÕþ¾Ö2018Äê") == "上海市财政局2018年")
    }

    @Test("A byte PDFDocEncoding leaves undefined (U+FFFD from the reader) is restored: 经 is 0xBE 0xAD")
    func repairUndefinedByte() {
        #expect(InfoStringDecoder.repair("²¿ÃÅ¾\u{FFFD}·Ñ") == "部门经费")
    }

    @Test("UTF-8, marked or not, that a reader decoded as PDFDocEncoding is recovered")
    func repairUTF8() {
        // EF BB BF E4 B8 8A E6 B5 B7 (BOM, 上海) as PDFDocEncoding; 0x8A is −.
        #expect(InfoStringDecoder.repair("ï»¿ä¸−æµ·") == "上海")
        #expect(InfoStringDecoder.repair("ä¸−æµ·") == "上海")
        #expect(InfoStringDecoder.repair("Ã©tÃ©") == "été")
        #expect(InfoStringDecoder.decode(Array("财政局".utf8)) == "财政局")
    }

    @Test(
        "Latin text, real Chinese and ASCII are left as they are",
        arguments: [
            "Café", "für Daten", "Résumé", "上海市财政局", "Microsoft Word - 预算.docx", "Administrator", "é",
        ])
    func leftAlone(text: String) {
        #expect(InfoStringDecoder.repair(text) == text)
    }
}
