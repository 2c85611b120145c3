internal import CPoppler
import Foundation
import PageModel

extension PDFPage {
    /// Renders the page at `scale` pixels per point (lower if the image would pass the pixel
    /// limit) with `overlays` drawn on top, as PNG bytes (the caller writes them, so devices and
    /// links are handled like every other output).
    package func pngData(scale wanted: Double, limits: ReadLimits = .standard, overlays: [Overlay]) throws(ReaderError)
        -> Data
    {
        let geometry = geometry(cropStart: nil)
        let scale = limits.resolution(wanted * 72, width: geometry.width, height: geometry.height) / 72
        // Opaque RGB: the page is on white paper.
        let (surface, cairo) = renderedOnWhite(
            format: CAIRO_FORMAT_RGB24, width: Int(geometry.width * scale),
            height: Int(geometry.height * scale), scale: scale)
        defer {
            cairo_destroy(cairo)
            cairo_surface_destroy(surface)
        }
        for overlay in overlays { draw(overlay, on: cairo) }

        cairo_surface_flush(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS, let pixels = cairo_image_surface_get_data(surface),
            let png = PNGEncoder.encode(
                rgb24: pixels, width: Int(cairo_image_surface_get_width(surface)),
                height: Int(cairo_image_surface_get_height(surface)),
                stride: Int(cairo_image_surface_get_stride(surface)))
        else {
            throw ReaderError(
                .unreadable, file: file, page: number,
                detail: "cannot render the image (\(String(cString: cairo_status_to_string(status))))")
        }
        return png
    }

    /// A surface of `width` × `height` pixels with the page drawn on white paper at `scale`
    /// pixels per point; the caller destroys both. The cairo tap is not engaged, so this is an
    /// ordinary render; poppler's complaints stay out of standard error.
    func renderedOnWhite(format: cairo_format_t, width: Int, height: Int, scale: Double)
        -> (surface: OpaquePointer?, cairo: OpaquePointer?)
    {
        let surface = cairo_image_surface_create(format, Int32(width), Int32(height))
        let cairo = cairo_create(surface)
        cairo_set_source_rgb(cairo, 1, 1, 1)
        cairo_paint(cairo)
        cairo_scale(cairo, scale, scale)
        StandardErrorSilencer.shared.around { poppler_page_render(handle, cairo) }
        cairo_surface_flush(surface)
        return (surface, cairo)
    }

    private func draw(_ overlay: Overlay, on cairo: OpaquePointer?) {
        let c = overlay.color + [1, 1, 1, 1]
        cairo_set_source_rgba(cairo, c[0], c[1], c[2], c[3])
        cairo_set_line_width(cairo, overlay.width)
        switch overlay.shape {
        case .line(let x0, let y0, let x1, let y1):
            cairo_move_to(cairo, x0, y0)
            cairo_line_to(cairo, x1, y1)
            cairo_stroke(cairo)
        case .box(let box):
            cairo_rectangle(cairo, box.x0, box.top, box.width, box.height)
            cairo_stroke(cairo)
        case .label(let text, let x, let y):
            cairo_set_font_size(cairo, overlay.width)
            cairo_move_to(cairo, x, y)
            cairo_show_text(cairo, text)
        }
    }
}
