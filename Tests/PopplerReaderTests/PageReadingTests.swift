import TestSupport
import PageModel
import PopplerReader
import Testing

@Suite("Reading pages")
struct PageReadingTests {
    @Test("The cairo tap is in effect in this process")
    func rulingsReadable() {
        #expect(PDFPage.canReadRulings)
    }

    @Test("cjk-text.pdf: one glyph per printed character, in reading order")
    func cjkText() throws {
        let document = try PDFDocument(path: Samples.path("cjk-text.pdf"))
        let pages = try (1...document.pageCount).map { try document.page($0).read() }
        let first = text(of: pages[0]), second = text(of: pages[1])
        // Title, part heading and headings as printed, without white space.
        #expect(first.hasPrefix("2024年度示例市医疗保障局部门决算第一部分部门概况一、部门职责（一）主要职责"))
        #expect(first.hasSuffix("—1—"))
        #expect(second.hasSuffix("—2—"))
        // A sentence that runs over a line break comes out whole: no character lost or doubled.
        let whole = first + second
        #expect(whole.contains("本部门决算由局机关本级和所属1家事业单位（示例市医疗保障服务中心）的决算汇总组成。"))
        #expect(whole.contains("2,946.25万元"))
        for page in pages {
            #expect(page.glyphs.allSatisfy { !$0.scalar.properties.isWhitespace })
            expectBoxesInside(page)
        }
    }

    @Test("cjk-text.pdf: the Kangxi radicals ⼀ and ⽀ come out as 一 and 支")
    func kangxiNormalised() throws {
        let document = try PDFDocument(path: Samples.path("cjk-text.pdf"))
        let pages = try (1...document.pageCount).map { try document.page($0).read() }
        let whole = pages.map(text(of:)).joined()
        #expect(whole.contains("2024年度本年支出合计2,946.25万元"))
        #expect(whole.contains("主要用于一般公共预算安排的"))
        #expect(!whole.unicodeScalars.contains { (0x2E80...0x2FDF).contains($0.value) })
        #expect(pages.allSatisfy { $0.unmappedCount == 0 })
    }

    @Test("Glyphs refer to fonts in the document's font table")
    func fonts() throws {
        let document = try PDFDocument(path: Samples.path("cjk-text.pdf"))
        let page = try document.page(1).read()
        let fonts = document.fonts
        #expect(!fonts.isEmpty)
        #expect(page.glyphs.allSatisfy { fonts.indices.contains($0.font) })
        // The title is set at 18 pt, body text at 12 pt (scripts/make-samples).
        #expect(fonts[page.glyphs[0].font].size == 18)
        #expect(Set(page.glyphs.map { fonts[$0.font].size }).isSuperset(of: [18, 14, 12, 10]))
    }

    @Test("encrypted.pdf: the glyphs are exactly the printed text without its spaces")
    func encryptedText() throws {
        let document = try PDFDocument(path: Samples.path("encrypted.pdf"), password: Samples.password)
        let page = try document.page(1).read()
        let printed = "2024年度示例市医疗保障局部门决算" + "本文件已加密，打开密码为secret。本年收入合计2,946.25万元。"
        #expect(text(of: page) == printed)
        #expect(page.glyphs.count == printed.unicodeScalars.count)
    }

    @Test(
        "rotated.pdf: /Rotate read back; content inside the displayed page and upright",
        arguments: [(1, 90), (2, 180), (3, 270)])
    func rotated(number: Int, rotation: Int) throws {
        let document = try PDFDocument(path: Samples.path("rotated.pdf"))
        let page = try document.page(number).read()
        #expect(page.rotation == rotation)
        // A quarter turn shows the portrait crop box as a landscape page.
        let quarter = rotation % 180 == 90
        #expect((page.width > page.height) == quarter)
        let (across, down) =
            quarter ? (page.cropBox.height, page.cropBox.width) : (page.cropBox.width, page.cropBox.height)
        #expect(abs(page.width - across) < 0.01 && abs(page.height - down) < 0.01)
        let printed = ["本页设置了/Rotate\(rotation)，内容正向显示。", "项目", "金额", "合计", "2,946.25"]
        #expect(page.glyphs.count == printed.joined().unicodeScalars.count)
        let line = Array(page.glyphs.prefix(printed[0].unicodeScalars.count))
        #expect(String(String.UnicodeScalarView(line.map(\.scalar))) == printed[0])
        // Upright: the first line runs left to right on one baseline, near the top.
        #expect(zip(line, line.dropFirst()).allSatisfy { $0.box.x0 < $1.box.x0 })
        #expect(zip(line, line.dropFirst()).allSatisfy { abs($0.box.bottom - $1.box.bottom) < 3 })
        #expect(line[0].box.top < page.height / 4 && line[0].box.x0 < page.width / 4)
        // The 2×2 box: three horizontal and three vertical rulings.
        #expect(page.rulings.filter { $0.orientation == .horizontal }.count == 3)
        #expect(page.rulings.filter { $0.orientation == .vertical }.count == 3)
        expectBoxesInside(page)
    }

    @Test(
        "Pages without /Rotate read as upright",
        arguments: ["cjk-text.pdf", "ruled-table.pdf", "blank.pdf", "scanned.pdf"])
    func upright(name: String) throws {
        let document = try PDFDocument(path: Samples.path(name))
        for number in 1...document.pageCount {
            #expect(try document.page(number).read().rotation == 0)
        }
    }

    @Test("blank.pdf: nothing on the page")
    func blank() throws {
        let page = try PDFDocument(path: Samples.path("blank.pdf")).page(1).read()
        #expect(page.glyphs.isEmpty)
        #expect(page.rulings.isEmpty)
        #expect(page.fills.isEmpty)
        #expect(page.imageCount == 0)
        #expect(page.unmappedCount == 0)
    }

    @Test("scanned.pdf: an image and no text")
    func scanned() throws {
        let page = try PDFDocument(path: Samples.path("scanned.pdf")).page(1).read()
        #expect(page.glyphs.isEmpty)
        #expect(page.rulings.isEmpty)
        #expect(page.imageCount > 0)
        #expect(page.fills.isEmpty)
    }

    // MARK: - Helpers

    func text(of page: Page) -> String {
        String(String.UnicodeScalarView(page.glyphs.map(\.scalar)))
    }

    /// Every glyph box is a real box, and every glyph and ruling lies on the displayed page.
    func expectBoxesInside(_ page: Page, sourceLocation: SourceLocation = #_sourceLocation) {
        let displayed = Rect(x0: 0, top: 0, x1: page.width, bottom: page.height)
        let inside = { (x: Double, y: Double) in
            displayed.contains(x: x, y: y)
        }
        for glyph in page.glyphs {
            #expect(glyph.box.width > 0 && glyph.box.height > 0, "\(glyph)", sourceLocation: sourceLocation)
            #expect(
                inside(glyph.box.x0, glyph.box.top) && inside(glyph.box.x1, glyph.box.bottom),
                "\(glyph) outside \(displayed)", sourceLocation: sourceLocation)
        }
        for ruling in page.rulings {
            #expect(
                inside(ruling.x0, ruling.top) && inside(ruling.x1, ruling.bottom),
                "\(ruling) outside \(displayed)", sourceLocation: sourceLocation)
        }
    }
}
