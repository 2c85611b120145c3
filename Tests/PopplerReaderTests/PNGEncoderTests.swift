import CZlib
import Foundation
import PageModel
@testable import PopplerReader
import TestSupport
import Testing

@Suite("PNG encoder")
struct PNGEncoderTests {
    /// The chunks of a PNG: type and body, each checked against its CRC.
    func chunks(_ png: Data) throws -> [(type: String, body: Data)] {
        let bytes = [UInt8](png)
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var out: [(String, Data)] = []
        var at = 8
        func word(_ i: Int) -> UInt32 { bytes[i..<i + 4].reduce(0) { $0 << 8 | UInt32($1) } }
        while at + 12 <= bytes.count {
            let length = Int(word(at))
            let typed = Array(bytes[(at + 4)..<(at + 8 + length)])
            let crc = typed.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
            #expect(UInt32(crc) == word(at + 8 + length))
            out.append((String(decoding: typed.prefix(4), as: UTF8.self), Data(typed.dropFirst(4))))
            at += 12 + length
        }
        #expect(at == bytes.count)
        return out
    }

    @Test("pixels in cairo's RGB24 words come out as RGB rows, with a stride wider than the row")
    func pixels() throws {
        let width = 3, height = 2, stride = 16
        var words = [UInt32](repeating: 0xDEADBEEF, count: stride / 4 * height)
        let colours: [UInt32] = [0xFF0000, 0x00FF00, 0x0000FF, 0x123456, 0xFFFFFF, 0x000000]
        for y in 0..<height { for x in 0..<width { words[y * stride / 4 + x] = colours[y * width + x] } }
        let png = try #require(
            words.withUnsafeBytes {
                PNGEncoder.encode(rgb24: $0.baseAddress!, width: width, height: height, stride: stride)
            })
        let parts = try chunks(png)
        #expect(parts.map(\.type) == ["IHDR", "IDAT", "IEND"])
        #expect([UInt8](parts[0].body) == [0, 0, 0, 3, 0, 0, 0, 2, 8, 2, 0, 0, 0])
        var raw = [UInt8](repeating: 0, count: 64)
        var length = uLong(raw.count)
        let packed = [UInt8](parts[1].body)
        #expect(uncompress(&raw, &length, packed, uLong(packed.count)) == Z_OK)
        #expect(
            Array(raw.prefix(Int(length))) == [
                0, 255, 0, 0, 0, 255, 0, 0, 0, 255,
                0, 0x12, 0x34, 0x56, 255, 255, 255, 0, 0, 0,
            ])
    }

    @Test("a rendered page is a PNG of the page's size at the scale asked")
    func renderedPage() throws {
        let document = try PDFDocument(path: Samples.path("ruled-table.pdf"))
        let page = try document.page(1)
        let read = page.read()
        let png = try page.pngData(scale: 1.5, overlays: [])
        let header = try chunks(png)[0].body
        let size = [UInt8](header.prefix(8))
        #expect(Int(size[2]) << 8 | Int(size[3]) == Int(read.width * 1.5))
        #expect(Int(size[6]) << 8 | Int(size[7]) == Int(read.height * 1.5))
    }

    @Test("a page whose image would pass the pixel limit is rendered at the highest resolution within it")
    func renderedPageWithinThePixelLimit() throws {
        let document = try PDFDocument(path: Samples.path("ruled-table.pdf"))
        let page = try document.page(1)
        let read = page.read()
        var limits = ReadLimits.standard
        limits.pixelsPerPage = 10_000
        let header = try chunks(page.pngData(scale: 4, limits: limits, overlays: []))[0].body
        let size = [UInt8](header.prefix(8))
        let width = Int(size[2]) << 8 | Int(size[3])
        let height = Int(size[6]) << 8 | Int(size[7])
        #expect(width * height <= 10_000)
        // Whole dots per inch: the largest within the limit, not just any smaller one.
        let dpi = limits.resolution(4 * 72, width: read.width, height: read.height)
        #expect(width == Int(read.width * dpi / 72))
        #expect((read.width * (dpi + 1) / 72) * (read.height * (dpi + 1) / 72) > 10_000)
    }
}
