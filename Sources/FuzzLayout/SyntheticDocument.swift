import PageModel

/// Pages made from arbitrary bytes, for fuzzing the pure stages: every byte string is some
/// document of glyphs, rulings, fills and ruled grids, on coordinates a 4-point lattice apart so
/// that texts land in cells, overlap, stack and touch rulings as the fuzzer steers them.
struct SyntheticDocument {
    var pages: [Page] = []
    var fonts: [Font] = []

    /// Characters report tables print: digits, amounts, numbering, caption and header words.
    static let alphabet = Array(
        "0123456789.,-—%（）()一二三四五六七八九十、：:合计总预算决算支出收入项目单位万元年度科目编码名称类款项基本人员公用绩效指标分值得分备注第部分公开表部门单位".unicodeScalars)

    init(_ bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        let sizes = [6.0, 9, 10.5, 12, 16, 22, 0.5, 40]
        for index in 0..<(1 + Int(reader.next() % 4)) {
            let size = sizes[Int(reader.next()) % sizes.count]
            fonts.append(Font(name: index % 2 == 0 ? "SimSun" : "SimHei-Bold", size: size))
        }
        let sides = [(595.28, 841.89), (841.89, 595.28), (1190.55, 841.89), (3.0, 3.0), (200.0, 100.0)]
        var page = Self.newPage(1, sides[Int(reader.next()) % sides.count])
        while !reader.isAtEnd {
            switch reader.next() % 8 {
            case 0, 1, 2:
                let font = Int(reader.next()) % fonts.count
                let size = fonts[font].size
                var x = reader.coordinate(), y = reader.coordinate()
                let step = [0, 0.5, 1, 1.5][Int(reader.next()) % 4] * size
                for _ in 0..<(1 + Int(reader.next() % 16)) {
                    let scalar = Self.alphabet[Int(reader.next()) % Self.alphabet.count]
                    page.glyphs.append(
                        Glyph(
                            scalar: scalar, box: Rect(x0: x, top: y - size, x1: x + max(step, size / 2), bottom: y),
                            font: font))
                    x += step
                    if reader.next() % 16 == 0 {
                        x = reader.coordinate()
                        y += size * 1.2
                    }
                }
            case 3:
                let x0 = reader.coordinate(), y = reader.coordinate()
                page.rulings.append(
                    .horizontal(y: y, from: x0, to: x0 + reader.coordinate(), width: Double(reader.next() % 4) * 0.5))
            case 4:
                let y0 = reader.coordinate(), x = reader.coordinate()
                page.rulings.append(
                    .vertical(x: x, from: y0, to: y0 + reader.coordinate(), width: Double(reader.next() % 4) * 0.5))
            case 5:
                let x0 = reader.coordinate(), y0 = reader.coordinate()
                page.fills.append(
                    FilledRect(
                        box: Rect(x0: x0, top: y0, x1: x0 + reader.coordinate(), bottom: y0 + reader.coordinate() / 8),
                        color: reader.next() % 2 == 0 ? nil : "#e0e0e0"))
            case 6:
                Self.addGrid(to: &page, &reader)
            default:
                pages.append(page)
                if pages.count == 4 { return }
                page = Self.newPage(pages.count + 1, sides[Int(reader.next()) % sides.count])
            }
        }
        pages.append(page)
    }

    static func newPage(_ number: Int, _ side: (Double, Double)) -> Page {
        Page(number: number, width: side.0, height: side.1)
    }

    /// A ruled grid: rows and columns of varying size, some interior lines left out (merged cells).
    static func addGrid(to page: inout Page, _ reader: inout ByteReader) {
        let x0 = reader.coordinate() / 4, top = reader.coordinate() / 4
        let rows = 1 + Int(reader.next() % 12), columns = 1 + Int(reader.next() % 8)
        var ys = [top], xs = [x0]
        for _ in 0..<rows { ys.append(ys.last! + 4 + Double(reader.next() % 8) * 4) }
        for _ in 0..<columns { xs.append(xs.last! + 8 + Double(reader.next() % 16) * 8) }
        let skipped = reader.next()
        for (index, y) in ys.enumerated() where index == 0 || index == rows || (Int(skipped) >> (index % 8)) & 1 == 0 {
            page.rulings.append(.horizontal(y: y, from: xs.first!, to: xs.last!, width: 0.5))
        }
        for x in xs { page.rulings.append(.vertical(x: x, from: ys.first!, to: ys.last!, width: 0.5)) }
    }
}

/// Bytes read one at a time, zeros once they run out.
struct ByteReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset >= bytes.count }

    mutating func next() -> UInt8 {
        guard offset < bytes.count else { return 0 }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// 0 to 1,020 points on a 4-point lattice.
    mutating func coordinate() -> Double { Double(next()) * 4 }
}
