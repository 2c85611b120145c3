internal import CPoppler
import Raster

extension PDFPage {
    /// The page rendered at `dpi` on white paper, for recognising its text. The cairo tap is
    /// not engaged, so this is an ordinary render.
    public func rasterImage(dpi: Double) -> RGBImage {
        var width = 0.0, height = 0.0
        poppler_page_get_size(handle, &width, &height)
        let scale = dpi / 72
        let w = max(1, Int((width * scale).rounded())), h = max(1, Int((height * scale).rounded()))
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(w), Int32(h))
        let cairo = cairo_create(surface)
        defer {
            cairo_destroy(cairo)
            cairo_surface_destroy(surface)
        }
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
        cairo_scale(cairo, scale, scale)
        poppler_page_render(handle, cairo)
        cairo_surface_flush(surface)

        var pixels = [UInt8](repeating: 255, count: w * h * 3)
        guard let data = cairo_image_surface_get_data(surface) else {
            return RGBImage(width: w, height: h, pixels: pixels)
        }
        let stride = Int(cairo_image_surface_get_stride(surface))
        // RGB24 keeps each pixel in a native-endian 32-bit word: 0x00RRGGBB.
        pixels.withUnsafeMutableBufferPointer { out in
            for y in 0..<h {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<w {
                    let word = row[x]
                    let o = 3 * (y * w + x)
                    out[o] = UInt8((word >> 16) & 0xFF)
                    out[o + 1] = UInt8((word >> 8) & 0xFF)
                    out[o + 2] = UInt8(word & 0xFF)
                }
            }
        }
        return RGBImage(width: w, height: h, pixels: pixels)
    }

    /// The document font-table index of a font recognition gives (no name, only a size).
    public func recognisedFont(size: Double) -> Int {
        fonts.index(name: "OCR", size: size)
    }
}
