import PageModel
import Testing

@Suite("Page boxes")
struct PageBoxTests {
    @Test("A usable box is kept as stated, with no repair")
    func usable() {
        let box = PageBox(stated: Rect(x0: 0, top: 0, x1: 595, bottom: 842))
        #expect(box.box == Rect(x0: 0, top: 0, x1: 595, bottom: 842))
        #expect(box.repair == nil)
    }

    @Test(
        "A box of zero or negative area, or one too small to print on, becomes A4 at its corner",
        arguments: [
            Rect(x0: 100, top: 100, x1: 100, bottom: 100), Rect(x0: 50, top: 100, x1: 100, bottom: 100),
            Rect(x0: 10, top: 10, x1: 12, bottom: 500),
        ])
    func degenerate(_ stated: Rect) throws {
        let box = PageBox(stated: stated)
        #expect(box.box.x0 == min(stated.x0, stated.x1) && box.box.top == min(stated.top, stated.bottom))
        #expect(box.box.width == PageBox.a4.width && box.box.height == PageBox.a4.height)
        #expect(try #require(box.repair).contains("A4"))
    }

    @Test("Inverted corners are put in order")
    func inverted() throws {
        let box = PageBox(stated: Rect(x0: 200, top: 300, x1: 0, bottom: 0))
        #expect(box.box == Rect(x0: 0, top: 0, x1: 200, bottom: 300))
        #expect(try #require(box.repair).contains("in order"))
    }

    @Test("A side beyond the PDF's limit is clamped to 14,400 units")
    func huge() throws {
        let box = PageBox(stated: Rect(x0: -5, top: 0, x1: 1e9, bottom: 800))
        #expect(box.box == Rect(x0: -5, top: 0, x1: -5 + 14_400, bottom: 800))
        #expect(try #require(box.repair).contains("14400"))
    }

    @Test("Coordinates that are not numbers give an A4 page at the origin")
    func notANumber() {
        let box = PageBox(stated: Rect(x0: .nan, top: 0, x1: .infinity, bottom: 800))
        #expect(box.box == Rect(x0: 0, top: 0, x1: PageBox.a4.width, bottom: PageBox.a4.height))
        #expect(box.repair != nil)
    }
}
