import PageModel

/// A page read from its image, with the image exactly as recognition got it (skew undone,
/// seal ink and rulings taken out), so that parts of it can be read again.
package struct RasterPageReading: Sendable {
    package var page: Page
    package var recognitionImage: GreyImage
    package var dpi: Double

    package init(page: Page, recognitionImage: GreyImage, dpi: Double) {
        self.page = page
        self.recognitionImage = recognitionImage
        self.dpi = dpi
    }
}
