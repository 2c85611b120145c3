/// A page image as rendered: 8-bit red, green and blue per pixel, rows top to bottom.
package struct RGBImage: Sendable {
    package let width: Int
    package let height: Int
    /// `width * height * 3` bytes: r, g, b of each pixel in reading order.
    package var pixels: [UInt8]

    package init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height * 3, "RGBImage: \(pixels.count) bytes for \(width)×\(height)")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// From 32-bit native-endian 0x00RRGGBB words (cairo's RGB24), `stride` bytes a row.
    package init(xrgb words: UnsafeRawPointer, width: Int, height: Int, stride: Int) {
        var pixels = [UInt8](repeating: 255, count: width * height * 3)
        pixels.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                let row = (words + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let word = row[x], o = 3 * (y * width + x)
                    out[o] = UInt8(truncatingIfNeeded: word >> 16)
                    out[o + 1] = UInt8(truncatingIfNeeded: word >> 8)
                    out[o + 2] = UInt8(truncatingIfNeeded: word)
                }
            }
        }
        self.init(width: width, height: height, pixels: pixels)
    }
}
