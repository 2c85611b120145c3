/// Turns a colour page into grey for recognition, with the red of official seals (公章) taken
/// out by colour first, and thresholds grey into ink and paper.
public enum InkSeparation {
    /// How far red must exceed both green and blue for a pixel to count as seal ink.
    public static let redDominance = 60
    /// Seal-coloured pixels darker than this in red are text seen through the ink (black under
    /// red stays dark in every channel but is tinted), so they keep their darkness.
    public static let darkUnderSeal = 120

    /// Luminance, except that seal-red pixels become paper: the text under a seal survives
    /// because black printed under (or over) red ink stays dark in the red channel too.
    public static func grey(_ image: RGBImage) -> GreyImage {
        var out = [UInt8](repeating: 255, count: image.width * image.height)
        image.pixels.withUnsafeBufferPointer { rgb in
            out.withUnsafeMutableBufferPointer { grey in
                for i in 0..<grey.count {
                    let r = Int(rgb[3 * i]), g = Int(rgb[3 * i + 1]), b = Int(rgb[3 * i + 2])
                    if r - max(g, b) > redDominance {
                        grey[i] = r < darkUnderSeal ? UInt8(r) : 255
                    } else {
                        grey[i] = UInt8((299 * r + 587 * g + 114 * b) / 1000)
                    }
                }
            }
        }
        return GreyImage(width: image.width, height: image.height, pixels: out)
    }

    /// Otsu's threshold over the whole page: the grey level that best splits ink from paper.
    public static func otsuThreshold(_ image: GreyImage) -> UInt8 {
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
            if between > best { best = between; threshold = level }
        }
        return UInt8(threshold)
    }

    /// Ink where the grey is at or below `threshold` (Otsu's by default).
    public static func binarise(_ image: GreyImage, threshold: UInt8? = nil) -> BinaryImage {
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
