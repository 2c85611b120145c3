/// How a page whose characters came from recognising its image was read, for the diagnostics.
public struct OCRReading: Sendable, Hashable {
    /// The recognition engine and its languages, e.g. "tesseract chi_sim+eng".
    public var engine: String
    /// Resolution the page was rendered at for recognition.
    public var dpi: Double
    /// Rotation undone before recognition, in degrees (positive: the scan was turned clockwise).
    public var skewDegrees: Double
    /// Mean of the kept characters' confidences, 0…100; nil when nothing was recognised.
    public var meanConfidence: Double?

    public init(engine: String, dpi: Double, skewDegrees: Double, meanConfidence: Double?) {
        self.engine = engine
        self.dpi = dpi
        self.skewDegrees = skewDegrees
        self.meanConfidence = meanConfidence
    }
}
