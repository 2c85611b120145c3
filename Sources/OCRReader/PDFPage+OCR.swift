import Foundation
import PageModel
import PopplerReader
import Raster

extension PDFPage {
    /// The page read from its image at `dpi` by `engine`: `page` (what `read()` gave) with its
    /// glyphs and rulings replaced by recognised ones and `ocr` set, and the image recognised.
    package func readByOCR(_ page: Page, dpi: Double, engine: some RecognitionEngine) throws -> RasterPageReading {
        let image = rasterImage(dpi: dpi)
        // GONGKAI_OCR_IMAGES=DIR writes what the engine is given as DIR/page-N.pgm.
        let folder = ProcessInfo.processInfo.environment["GONGKAI_OCR_IMAGES"]
        let inspect: ((GreyImage) -> Void)? = folder.map { folder in
            { grey in
                FileManager.default.createFile(atPath: "\(folder)/page-\(self.number).pgm", contents: Data(grey.pgm))
            }
        }
        return try RasterPageReader(dpi: dpi, inspectRecognitionImage: inspect).read(image, page: page, engine: engine)
        { size, heavy in
            recognisedFont(size: size, heavy: heavy)
        }
    }
}

extension PDFPage {
    /// `page` (what `read()` gave) with the characters its font maps gave wrong (`suspects`,
    /// see `MisMappedGlyphs`) read again from the page rendered at `dpi`.
    package func repairingMisMapped(
        _ page: Page, suspects: [Int], dpi: Double, engine: some RecognitionEngine
    ) throws -> Page {
        let image = InkSeparation.grey(rasterImage(dpi: dpi))
        return try MisMapRepair(dpi: dpi).repair(page, suspects: suspects, image: image, engine: engine)
    }
}
