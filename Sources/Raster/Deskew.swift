import Foundation

/// Rotates a grey page about its centre so that a skew of `degrees` is undone; the size stays,
/// corners brought in from outside are paper.
package enum Deskew {
    package static func rotate(_ image: GreyImage, undoing degrees: Double) -> GreyImage {
        let theta = degrees * .pi / 180
        let c = cos(theta), s = sin(theta)
        let w = image.width, h = image.height
        let cx = Double(w - 1) / 2, cy = Double(h - 1) / 2
        var out = [UInt8](repeating: 255, count: w * h)
        image.pixels.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                for y in 0..<h {
                    let dy = Double(y) - cy
                    for x in 0..<w {
                        let dx = Double(x) - cx
                        // Where this output pixel was in the skewed image; bilinear between the
                        // four pixels around it.
                        let sx = cx + dx * c - dy * s, sy = cy + dx * s + dy * c
                        let x0 = Int(sx.rounded(.down)), y0 = Int(sy.rounded(.down))
                        guard x0 >= 0, y0 >= 0, x0 + 1 < w, y0 + 1 < h else { continue }
                        let fx = sx - Double(x0), fy = sy - Double(y0)
                        let i = y0 * w + x0
                        let top = Double(source[i]) * (1 - fx) + Double(source[i + 1]) * fx
                        let bottom = Double(source[i + w]) * (1 - fx) + Double(source[i + w + 1]) * fx
                        target[y * w + x] = UInt8((top * (1 - fy) + bottom * fy).rounded())
                    }
                }
            }
        }
        return GreyImage(width: w, height: h, pixels: out)
    }
}
