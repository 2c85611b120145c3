import TestSupport
import Foundation
import PageModel
import PopplerReader
import Testing

@Suite("Document information")
struct DocumentInfoTests {
    /// A one-page PDF whose information dictionary holds `title` and `author` as written
    /// (PDF string syntax: `(…)` or `<…>`).
    static func pdf(title: String, author: String) -> Data {
        HandmadePDF.file(
            [
                "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
                "<< /Title \(title) /Author \(author) >>",
            ], trailer: "/Info 4 0 R ")
    }

    @Test("GBK bytes in /Title and /Author, hex or escaped, read as Chinese")
    func gbk() throws {
        // 上海市财政局2018年部门经费预算 (经 holds 0xAD, a byte PDFDocEncoding leaves undefined) and 财政局.
        let title = "c9cfbaa3cad0b2c6d5febed632303138c4eab2bfc3c5beadb7d1d4a4cbe3"
        let escaped = #"(\262\306\325\376\276\326)"#
        let info = try PDFDocument(data: Self.pdf(title: "<\(title)>", author: escaped), file: "gbk.pdf").info
        #expect(info.title == "上海市财政局2018年部门经费预算")
        #expect(info.author == "财政局")
    }

    @Test("UTF-16BE with a byte-order mark and PDFDocEncoding read as written")
    func standard() throws {
        let info = try PDFDocument(
            data: Self.pdf(title: "<FEFF4E0A6D775E02>", author: #"(Caf\351 \200)"#),
            file: "standard.pdf"
        ).info
        #expect(info.title == "上海市")
        #expect(info.author == "Café •")
    }

    @Test("UTF-8 with a byte-order mark (PDF 2.0), which poppler 22 shows as PDFDocEncoding, reads as written")
    func utf8() throws {
        let info = try PDFDocument(
            data: Self.pdf(title: "<EFBBBFE4B88AE6B5B7>", author: "<E8B4A2E694BFE5B180>"),
            file: "utf8.pdf"
        ).info
        #expect(info.title == "上海")
        #expect(info.author == "财政局")
    }
}
