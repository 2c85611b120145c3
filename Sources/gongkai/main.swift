import PopplerReader
import Foundation
let doc = try PDFDocument(path: CommandLine.arguments[1])
print(doc.pageCount, PDFPage.canReadRulings)
for n in 1...doc.pageCount {
    let p = try doc.page(n).read()
    print(n, p.width, p.height, p.rotation, p.glyphs.count, p.rulings.count, p.fills.count, p.imageCount, String(String.UnicodeScalarView(p.glyphs.prefix(30).map(\.scalar))))
}
