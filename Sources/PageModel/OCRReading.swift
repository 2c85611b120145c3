/// How a page whose characters came from recognising its image was read, for the diagnostics.
package struct OCRReading: Sendable, Hashable {
    /// The recognition engine and its languages, e.g. "tesseract chi_sim+eng".
    package var engine: String
    /// Resolution the page was rendered at for recognition.
    package var dpi: Double
    /// Rotation undone before recognition, in degrees (positive: the scan was turned clockwise).
    package var skewDegrees: Double
    /// Mean of the kept characters' confidences, 0…100; nil when nothing was recognised.
    package var meanConfidence: Double?

    package init(engine: String, dpi: Double, skewDegrees: Double, meanConfidence: Double?) {
        self.engine = engine
        self.dpi = dpi
        self.skewDegrees = skewDegrees
        self.meanConfidence = meanConfidence
    }
}
