import PageModel
import Testing

@Suite("GlyphBox")
struct GlyphBoxTests {
    @Test("A box of ordinary height is kept as poppler gives it")
    func ordinaryKept() {
        let box = Rect(x0: 105.5, top: 173.55, x1: 118.5, bottom: 190.45)
        #expect(GlyphBox.normalised(box, fontSize: 13) == box)
    }

    @Test("A box three em tall is cut to 1.3 em about its centre, keeping its width")
    func inflatedCut() {
        let box = Rect(x0: 105.38, top: 162.63, x1: 118.36, bottom: 199.74)
        let cut = GlyphBox.normalised(box, fontSize: 13)
        #expect(cut.x0 == box.x0 && cut.x1 == box.x1)
        #expect(abs(cut.midY - box.midY) < 1e-9)
        #expect(abs(cut.height - 16.9) < 1e-9)
    }

    @Test("An unknown font size leaves the box alone")
    func unknownSize() {
        let box = Rect(x0: 0, top: 0, x1: 10, bottom: 40)
        #expect(GlyphBox.normalised(box, fontSize: 0) == box)
    }
}
