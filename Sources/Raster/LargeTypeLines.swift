/// Reads again, each on its own, the lines set in larger type than the page's body: a table's
/// title, a heading, a cover line. Read within the whole page, Tesseract takes the parts of a
/// large heavy ideograph for characters of their own beside it (款 as 示款人, 三公 as 二三人公,
/// 出 with N and A over it); read as one line, the same title comes out clean. Body text and
/// table cells, the most of a page, are not read twice.
package enum LargeTypeLines {
    /// A line whose em is at least this many times the body's is large.
    package static let sizeRatio = 1.3
    /// White space kept around a line's box, in its ems: the engine reads text touching the
    /// crop's edge badly.
    static let padding = 0.2
    /// A line's own reading replaces the page's only at this mean confidence (of 100) or more.
    package static let minConfidence = 60.0

    /// `symbols` (in the engine's order) with the symbols within each large line holding an
    /// ideograph replaced by what `engine` reads of that line alone in `image`. Lines whose
    /// boxes meet are read as one: the engine may give a title's fragments a line of their own
    /// over it.
    package static func reread(
        _ symbols: [RecognisedSymbol], in image: GreyImage, dpi: Double, engine: some RecognitionEngine
    ) throws -> [RecognisedSymbol] {
        let ems = LineTypeSize.emPixels(symbols)
        guard let body = bodyEm(symbols, ems: ems) else { return symbols }
        var boxes: [PixelBox] = []
        for symbol in symbols {
            guard let em = ems[symbol.line], em >= sizeRatio * body, symbol.text.unicodeScalars.contains(where: \.isCJK)
            else { continue }
            let pad = Int((em * padding).rounded())
            var box = PixelBox(
                left: max(0, symbol.line.left - pad), top: max(0, symbol.line.top - pad),
                right: min(image.width, symbol.line.right + pad), bottom: min(image.height, symbol.line.bottom + pad))
            // Grow the box over every box it meets, until it meets none.
            while let met = boxes.firstIndex(where: { $0.meets(box) }) { box = box.union(boxes.remove(at: met)) }
            boxes.append(box)
        }
        guard !boxes.isEmpty else { return symbols }
        let regions = boxes.map { RecognitionRegion(box: $0, layout: .line) }
        var readings: [(box: PixelBox, symbols: [RecognisedSymbol])] = []
        for (box, reading) in zip(boxes, try engine.recognise(image, dpi: dpi, regions: regions)) {
            let kept = reading.filter { $0.text.unicodeScalars.contains { !$0.properties.isWhitespace } }
            guard !kept.isEmpty, kept.contains(where: { $0.text.unicodeScalars.contains(where: \.isCJK) }),
                kept.reduce(0, { $0 + $1.confidence }) / Double(kept.count) >= minConfidence
            else { continue }
            readings.append((box, reading))
        }
        // Each line's new symbols stand where the first old one within it stood.
        var out: [RecognisedSymbol] = []
        var placed = Array(repeating: false, count: readings.count)
        for symbol in symbols {
            let x = (symbol.box.left + symbol.box.right) / 2, y = (symbol.box.top + symbol.box.bottom) / 2
            guard let index = readings.firstIndex(where: { $0.box.contains(x: x, y: y) }) else {
                out.append(symbol)
                continue
            }
            if !placed[index] { out += readings[index].symbols }
            placed[index] = true
        }
        return out
    }

    /// The body's em: the median line em over the page's characters, so that long lines of
    /// body text outweigh a few large ones.
    static func bodyEm(_ symbols: [RecognisedSymbol], ems: [PixelBox: Double]) -> Double? {
        let sorted = symbols.compactMap { ems[$0.line] }.sorted()
        return sorted.isEmpty ? nil : sorted[sorted.count / 2]
    }
}
