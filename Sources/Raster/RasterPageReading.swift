import PageModel

/// A page read from its image, with the image exactly as recognition got it (skew undone,
/// seal ink and rulings taken out), so that parts of it can be read again.
public struct RasterPageReading: Sendable {
    public var page: Page
    public var recognitionImage: GreyImage
    public var dpi: Double

    public init(page: Page, recognitionImage: GreyImage, dpi: Double) {
        self.page = page
        self.recognitionImage = recognitionImage
        self.dpi = dpi
    }
}
