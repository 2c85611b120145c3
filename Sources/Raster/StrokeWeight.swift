/// How heavy a line of print is: the mean stroke width of its ink over its type size. Headings
/// in these reports are set in 黑体 or a bold face at the body's own size, so without the
/// text layer's font names the weight of the strokes is what tells them from 宋体/仿宋 body.
///
/// Blur, dpi and a scanner's contrast all thicken or thin every stroke of a page alike, so a
/// line is judged against the page's usual weight, with ink cut at the grey halfway between
/// paper and the darkest ink (Otsu's threshold sits near the paper on a sparse page and
/// swells each stroke by the blur around it).
package enum StrokeWeight {
    /// A line at least this much heavier than the page's usual line is heavy. Measured on
    /// 200–300 dpi scans: 黑体 about 1.26 times 宋体 body, bold about 1.5 times.
    package static let heavyRatio = 1.15
    /// The share of pixels taken as the darkest ink when finding the cut.
    static let inkShare = 0.005

    /// The text lines (line boxes of `symbols`) printed heavier than most of the page's text,
    /// stroke widths taken over each line's type size (`emPixels`).
    package static func heavyLines(
        _ symbols: [RecognisedSymbol], emPixels: [PixelBox: Double],
        in image: GreyImage
    ) -> Set<PixelBox> {
        let cut = inkCut(image)
        var characters: [PixelBox: Int] = [:]
        for symbol in symbols where symbol.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
            characters[symbol.line, default: 0] += 1
        }
        var weights: [(line: PixelBox, weight: Double, characters: Int)] = []
        for (line, count) in characters {
            let em = emPixels[line] ?? Double(line.height)
            if em > 0, let width = strokeWidth(in: image, box: line, threshold: cut) {
                weights.append((line, width / em, count))
            }
        }
        // The page's usual weight: the median over characters, so long body lines count most.
        let sorted = weights.sorted { $0.weight < $1.weight }
        let total = sorted.reduce(0) { $0 + $1.characters }
        var seen = 0
        guard
            let usual = sorted.first(where: {
                seen += $0.characters
                return 2 * seen >= total
            })?.weight
        else { return [] }
        return Set(weights.filter { $0.weight >= usual * heavyRatio }.map(\.line))
    }

    /// The grey halfway between paper (the median pixel) and the darkest `inkShare` of pixels.
    static func inkCut(_ image: GreyImage) -> UInt8 {
        var histogram = [Int](repeating: 0, count: 256)
        image.pixels.withUnsafeBufferPointer { pixels in
            for value in pixels { histogram[Int(value)] += 1 }
        }
        func level(atShare share: Double) -> Int {
            let wanted = Int(Double(image.pixels.count) * share)
            var seen = 0
            for (value, count) in histogram.enumerated() {
                seen += count
                if seen > wanted { return value }
            }
            return 255
        }
        return UInt8((level(atShare: inkShare) + level(atShare: 0.5)) / 2)
    }

    /// Mean stroke width in pixels of the ink in `box`: twice the ink area over its outline
    /// (a stroke of length l and width w has area l·w and outline about 2l). Nil without ink.
    static func strokeWidth(in image: GreyImage, box: PixelBox, threshold: UInt8) -> Double? {
        let left = max(0, box.left), right = min(image.width, box.right)
        let top = max(0, box.top), bottom = min(image.height, box.bottom)
        guard left < right, top < bottom else { return nil }
        var area = 0, outline = 0
        image.pixels.withUnsafeBufferPointer { pixels in
            for y in top..<bottom {
                let row = y * image.width
                for x in left..<right where pixels[row + x] <= threshold {
                    area += 1
                    // Each side of an ink pixel that faces paper inside the box.
                    if x > left && pixels[row + x - 1] > threshold { outline += 1 }
                    if x + 1 < right && pixels[row + x + 1] > threshold { outline += 1 }
                    if y > top && pixels[row - image.width + x] > threshold { outline += 1 }
                    if y + 1 < bottom && pixels[row + image.width + x] > threshold { outline += 1 }
                }
            }
        }
        return outline > 0 ? 2 * Double(area) / Double(outline) : nil
    }
}
