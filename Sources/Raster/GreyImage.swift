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
