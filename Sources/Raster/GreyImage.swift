/// An 8-bit grey image (0 black … 255 white), rows top to bottom: what recognition reads.
package struct GreyImage: Sendable {
    package let width: Int
    package let height: Int
    package var pixels: [UInt8]

    package init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height, "GreyImage: \(pixels.count) bytes for \(width)×\(height)")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    package init(width: Int, height: Int, filledWith value: UInt8 = 255) {
        self.init(width: width, height: height, pixels: [UInt8](repeating: value, count: width * height))
    }

    package subscript(x: Int, y: Int) -> UInt8 {
        get { pixels[y * width + x] }
        set { pixels[y * width + x] = newValue }
    }
}

extension GreyImage {
    /// The image as a binary PGM file, for looking at what recognition was given.
    package var pgm: [UInt8] {
        Array("P5\n\(width) \(height)\n255\n".utf8) + pixels
    }
}

extension GreyImage {
    /// The pixels of `box` (clipped to the image) on a white margin of `margin` pixels, and
    /// where the copy's origin lies in this image. Recognisers read a small crop far faster
    /// than a rectangle of a whole page, and want paper around the text.
    package func cropped(_ box: PixelBox, margin: Int) -> (image: GreyImage, originX: Int, originY: Int) {
        let left = max(0, box.left), right = min(width, max(left, box.right))
        let top = max(0, box.top), bottom = min(height, max(top, box.bottom))
        var out = GreyImage(width: right - left + 2 * margin, height: bottom - top + 2 * margin)
        for y in top..<bottom {
            let from = y * width + left, to = (y - top + margin) * out.width + margin
            out.pixels.replaceSubrange(to..<to + (right - left), with: pixels[from..<from + (right - left)])
        }
        return (out, left - margin, top - margin)
    }
}

extension GreyImage {
    /// The share of a region's pixels at least as dark as its paper: a cell's text covers far
    /// less of it than this, so the level there is the paper's, or the cell's fill.
    static let paperShare = 0.8

    /// The pixels of `box` as a recogniser wants them (see `cropped`), with the region's paper
    /// made white: a cell shaded grey (the 栏次 row and headers of spreadsheet tables) on a
    /// white margin makes an engine's own threshold take the whole fill for ink, and 栏次 came
    /// out as letters. Each grey level is scaled so that the paper's level becomes white.
    package func croppedForRecognition(_ box: PixelBox, margin: Int) -> (image: GreyImage, originX: Int, originY: Int) {
        var crop = cropped(box, margin: 0).image
        crop.levelPaper()
        var out = GreyImage(width: crop.width + 2 * margin, height: crop.height + 2 * margin)
        for y in 0..<crop.height {
            let to = (y + margin) * out.width + margin
            out.pixels.replaceSubrange(
                to..<to + crop.width, with: crop.pixels[(y * crop.width)..<((y + 1) * crop.width)])
        }
        return (out, max(0, box.left) - margin, max(0, box.top) - margin)
    }

    /// Scales grey levels so that the paper (the level `paperShare` of the pixels are at least
    /// as dark as) is white.
    mutating func levelPaper() {
        guard !pixels.isEmpty else { return }
        var histogram = [Int](repeating: 0, count: 256)
        for value in pixels { histogram[Int(value)] += 1 }
        let wanted = Int(Double(pixels.count) * Self.paperShare)
        var seen = 0, paper = 255
        for (level, count) in histogram.enumerated() {
            seen += count
            if seen > wanted {
                paper = level
                break
            }
        }
        guard paper > 0, paper < 255 else { return }
        let scale = 255 / Double(paper)
        pixels = pixels.map { UInt8(min(255, (Double($0) * scale).rounded())) }
    }
}
