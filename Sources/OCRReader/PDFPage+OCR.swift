import PageModel
import PopplerReader
import Raster

extension PDFPage {
    /// The page read from its image at `dpi` by `engine`: `page` (what `read()` gave) with its
    /// glyphs and rulings replaced by recognised ones and `ocr` set.
    public func readByOCR(_ page: Page, dpi: Double, engine: some RecognitionEngine) throws -> Page {
        let image = rasterImage(dpi: dpi)
        return try RasterPageReader(dpi: dpi).read(image, page: page, engine: engine) { size in
            recognisedFont(size: size)
        }
    }
}
