internal import CPoppler
import Raster

extension PDFPage {
    /// The page rendered at `dpi` on white paper, for recognising its text.
    package func rasterImage(dpi: Double) -> RGBImage {
        var width = 0.0, height = 0.0
        poppler_page_get_size(handle, &width, &height)
        let scale = dpi / 72
        let w = max(1, Int((width * scale).rounded())), h = max(1, Int((height * scale).rounded()))
        let (surface, cairo) = renderedOnWhite(format: CAIRO_FORMAT_RGB24, width: w, height: h, scale: scale)
        defer {
            cairo_destroy(cairo)
            cairo_surface_destroy(surface)
        }

        guard let data = cairo_image_surface_get_data(surface) else {
            return RGBImage(width: w, height: h, pixels: [UInt8](repeating: 255, count: w * h * 3))
        }
        return RGBImage(xrgb: data, width: w, height: h, stride: Int(cairo_image_surface_get_stride(surface)))
    }

    /// The document font-table index of a font recognition gives: no name, only a size and
    /// whether the print is heavy (named bold, as Layout tells headings by the font's name).
    package func recognisedFont(size: Double, heavy: Bool) -> Int {
        fonts.index(name: heavy ? "OCR-Bold" : "OCR", size: size)
    }
}
