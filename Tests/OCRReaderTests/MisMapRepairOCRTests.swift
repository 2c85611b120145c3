import OCRReader
import PageModel
import PopplerReader
import Raster
import TestSupport
import Testing

/// cjk-text.pdf's text layer garbled as a re-writing program garbles a CJK font's ToUnicode
/// map (ideographs given as Latin letters and symbols, one as a control character), then read
/// again from the page's image by Tesseract.
@Suite("A garbled font map read again by Tesseract")
struct MisMapRepairOCRTests {
    static let languages = "chi_sim+eng"
    static var missing: [String] { TesseractEngine.missingLanguages(languages) }

    @Test(
        "Ideographs mapped to Latin characters and to a control character come back as printed",
        .enabled(
            if: missing.isEmpty,
            "Tesseract language data missing (\(missing.joined(separator: ", "))): install \(missing.map(OCRError.debianPackage).joined(separator: " "))"
        ))
    func garbledMap() throws {
        let document = try PDFDocument(path: Samples.path("cjk-text.pdf"))
        let pdfPage = try document.page(1)
        let printed = pdfPage.read()
        var garbled = printed
        // Every 医 as ß and every 保 as |, as Ghostscript's rewritten ranges give them; the
        // first 障 left out as a control character.
        for index in garbled.glyphs.indices {
            switch garbled.glyphs[index].scalar {
            case "医": garbled.glyphs[index].scalar = "ß"
            case "保": garbled.glyphs[index].scalar = "|"
            default: break
            }
        }
        let dropped = try #require(garbled.glyphs.firstIndex { $0.scalar == "障" })
        let left = garbled.glyphs.remove(at: dropped)
        garbled.unmappedGlyphs = [
            UnmappedGlyph(box: left.box, font: left.font, position: dropped, kind: .control)
        ]

        let suspects = MisMappedGlyphs.indices(in: garbled.glyphs)
        let changed = printed.glyphs.filter { $0.scalar == "医" || $0.scalar == "保" }.count
        #expect(suspects.count == changed, "\(suspects.count) suspects for \(changed) garbled characters")

        let engine = try TesseractEngine(languages: Self.languages)
        let repaired = try pdfPage.repairingMisMapped(garbled, suspects: suspects, dpi: 300, engine: engine)
        #expect(repaired.glyphs.count == printed.glyphs.count)
        let right = zip(repaired.glyphs, printed.glyphs).filter { $0.scalar == $1.scalar }.count
        // A character the engine is unsure of keeps its garbled form; nearly all come back.
        #expect(
            Double(right) >= Double(printed.glyphs.count) - 0.1 * Double(changed + 1),
            "\(right) of \(printed.glyphs.count)")
        #expect(repaired.glyphs[dropped].scalar == "障")
        #expect(repaired.remapped.map { $0.replaced >= Int(0.9 * Double(changed)) } == true)
        // Nothing the map got right was touched.
        for (after, before) in zip(repaired.glyphs, printed.glyphs) where before.scalar != "医" && before.scalar != "保" {
            #expect(after.scalar == before.scalar)
        }
    }
}
