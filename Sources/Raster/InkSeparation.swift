/// Turns a colour page into grey for recognition, with the red of official seals (公章) taken
/// out by colour first, and thresholds grey into ink and paper.
package enum InkSeparation {
    /// How far red must exceed both green and blue for a pixel to count as seal ink. Low, so
    /// that the seal's faint edges go too: a pixel barely covered reads as its green or blue,
    /// close to its luminance anyway.
    package static let redDominance = 30
    /// Pixels at least this share of the seal's full redness are fully under its ink.
    static let fullCover = 0.85

    /// Luminance, except that seal red is taken out: the text and rulings under a seal survive.
    /// Seal ink is a translucent red laid over the page, so a pixel's redness (red over the
    /// larger of green and blue) says how much of it the ink covers, whatever lies beneath, and
    /// that larger channel says what lies beneath: between the seal over paper and the seal
    /// over black (see `SealInk`).
    package static func grey(_ image: RGBImage) -> GreyImage {
        var out = [UInt8](repeating: 255, count: image.width * image.height)
        let seal = SealInk(image)
        image.pixels.withUnsafeBufferPointer { rgb in
            out.withUnsafeMutableBufferPointer { grey in
                for i in 0..<grey.count {
                    let r = Int(rgb[3 * i]), g = Int(rgb[3 * i + 1]), b = Int(rgb[3 * i + 2])
                    let rest = max(g, b)
                    if let seal, r - rest > redDominance {
                        let cover = min(1, Double(r - rest) / seal.redness)
                        let paper = 255 - cover * (255 - seal.overPaper), black = cover * seal.overBlack
                        let under = 255 * (Double(rest) - black) / max(1, paper - black)
                        grey[i] = UInt8(max(0, min(255, under.rounded())))
                    } else {
                        grey[i] = UInt8((299 * r + 587 * g + 114 * b) / 1000)
                    }
                }
            }
        }
        return GreyImage(width: image.width, height: image.height, pixels: out)
    }

    /// A page's seal ink as the scan shows it: its full redness, and the larger of green and
    /// blue where it covers paper and where it covers black print.
    struct SealInk {
        var redness: Double
        var overPaper: Double
        var overBlack: Double

        /// Nil without seal-red pixels. Full redness is that of the reddest tenth of them; over
        /// paper is the median, over black the 2nd percentile, of the pixels fully covered
        /// (taken as 0 when nothing dark lies under the seal: then it hides nothing).
        init?(_ image: RGBImage) {
            var byRedness = [Int](repeating: 0, count: 256)
            var red: [(redness: Int, rest: Int)] = []
            image.pixels.withUnsafeBufferPointer { rgb in
                for i in 0..<(rgb.count / 3) {
                    let r = Int(rgb[3 * i]), rest = max(Int(rgb[3 * i + 1]), Int(rgb[3 * i + 2]))
                    guard r - rest > InkSeparation.redDominance else { continue }
                    byRedness[r - rest] += 1
                    red.append((r - rest, rest))
                }
            }
            guard !red.isEmpty else { return nil }
            var taken = 0, level = 255
            while level > InkSeparation.redDominance && taken < max(1, red.count / 10) {
                taken += byRedness[level]
                level -= 1
            }
            redness = Double(level + 1)
            let full = red.filter { Double($0.redness) >= InkSeparation.fullCover * Double(level + 1) }
                .map(\.rest).sorted()
            overPaper = Double(full[full.count / 2])
            let dark = Double(full[full.count / 50])
            overBlack = overPaper - dark < 30 ? 0 : dark
        }
    }

    /// Otsu's threshold over the whole page: the grey level that best splits ink from paper.
    package static func otsuThreshold(_ image: GreyImage) -> UInt8 {
        var histogram = [Int](repeating: 0, count: 256)
        image.pixels.withUnsafeBufferPointer { pixels in
            for value in pixels { histogram[Int(value)] += 1 }
        }
        let total = Double(image.pixels.count)
        let sumAll = histogram.enumerated().reduce(0.0) { $0 + Double($1.offset * $1.element) }
        var below = 0.0, sumBelow = 0.0, best = 0.0, threshold = 128
        for level in 0..<256 {
            below += Double(histogram[level])
            guard below > 0, below < total else { continue }
            sumBelow += Double(level * histogram[level])
            let meanBelow = sumBelow / below, meanAbove = (sumAll - sumBelow) / (total - below)
            let between = below * (total - below) * (meanBelow - meanAbove) * (meanBelow - meanAbove)
            if between > best {
                best = between
                threshold = level
            }
        }
        return UInt8(threshold)
    }

    /// Ink where the grey is at or below `threshold` (Otsu's by default).
    package static func binarise(_ image: GreyImage, threshold: UInt8? = nil) -> BinaryImage {
        let cut = threshold ?? otsuThreshold(image)
        var ink = [UInt8](repeating: 0, count: image.pixels.count)
        image.pixels.withUnsafeBufferPointer { grey in
            ink.withUnsafeMutableBufferPointer { out in
                for i in 0..<grey.count where grey[i] <= cut { out[i] = 1 }
            }
        }
        return BinaryImage(width: image.width, height: image.height, ink: ink)
    }
}
