import PageModel

/// Reads a page from its image: seal ink out, skew undone, rulings found and erased, text
/// recognised. The result is the same `Page` the text layer gives, so Layout runs unchanged.
package struct RasterPageReader {
    /// Smaller skews are left alone: rotating costs a resampling blur for no gain.
    package static let minSkewDegrees = 0.05

    package var dpi: Double
    /// Called with the image exactly as the engine gets it (for debugging; nil normally).
    package var inspectRecognitionImage: ((GreyImage) -> Void)?

    package init(dpi: Double, inspectRecognitionImage: ((GreyImage) -> Void)? = nil) {
        self.dpi = dpi
        self.inspectRecognitionImage = inspectRecognitionImage
    }

    /// - Parameters:
    ///   - image: the page rendered at `dpi`, covering its displayed size.
    ///   - page: the page's geometry as the reader gives it (its glyphs and rulings are replaced).
    ///   - fontIndex: the document font-table index of a recognised font of a size in points,
    ///     heavy (黑体, bold) or not.
    package func read(
        _ image: RGBImage, page: Page, engine: some RecognitionEngine,
        fontIndex: (Double, Bool) -> Int
    ) throws -> RasterPageReading {
        let finder = RasterRulingFinder(dpi: dpi)
        var grey = InkSeparation.grey(image)
        let threshold = InkSeparation.otsuThreshold(grey)
        var lines = finder.lines(in: InkSeparation.binarise(grey, threshold: threshold))
        let skew = SkewEstimator.degrees(lines, minLength: finder.options.longLine)
        if abs(skew) >= Self.minSkewDegrees {
            grey = Deskew.rotate(grey, undoing: skew)
            lines = finder.lines(in: InkSeparation.binarise(grey, threshold: threshold))
        }
        RulingEraser.erase(lines, from: &grey)
        let inkCut = StrokeWeight.inkCut(grey)
        let leaders = LeaderDots(in: grey, inkCut: inkCut, dpi: dpi)
        leaders.erase(from: &grey)
        inspectRecognitionImage?(grey)
        let recognised = try LargeTypeLines.reread(engine.recognise(grey, dpi: dpi), in: grey, dpi: dpi, engine: engine)
        // Letters among ideographs are judged once the marks beside them have their width.
        let read = try LatinMisreadings.reread(
            Self.tidy(
                recognised, verticalLines: lines.filter { $0.orientation == .vertical }, in: grey, inkCut: inkCut),
            in: grey, dpi: dpi, engine: engine)
        let symbols = read + leaders.symbols(besides: read)

        let scale = 72 / dpi
        var out = page
        let sizes = RecognisedGlyphs.lineSizes(symbols, emPixels: LineTypeSize.emPixels(symbols), pointsPerPixel: scale)
        // Weights are compared within a size, so each line is measured against its size's em.
        let heavy = StrokeWeight.heavyLines(symbols, emPixels: sizes.mapValues { $0 / scale }, in: grey)
        out.glyphs = RecognisedGlyphs.glyphs(
            symbols, pointsPerPixel: scale, lineSizes: sizes,
            heavyLines: heavy, fontIndex: fontIndex)
        out.rulings = lines.map { $0.ruling(pointsPerPixel: scale) }
        out.fills = []
        let kept = read.filter { $0.text.unicodeScalars.contains { !$0.properties.isWhitespace } }
        let mean = kept.isEmpty ? nil : kept.reduce(0) { $0 + $1.confidence } / Double(kept.count)
        out.ocr = OCRReading(engine: engine.description, dpi: dpi, skewDegrees: skew, meanConfidence: mean)
        return RasterPageReading(page: out, recognitionImage: grey, dpi: dpi)
    }

    /// What the engine read of `image`, boxes straightened, colons it passed over given back,
    /// and marks and numerals checked against the ink (darker than `inkCut`). An amount's
    /// characters (`amount`, read with digits and separators only) keep what they are read as:
    /// no colon, sign, 一 or full-width mark belongs in one.
    package static func tidy(
        _ symbols: [RecognisedSymbol], verticalLines: [RasterLine], in image: GreyImage, inkCut: UInt8,
        amount: Bool = false
    ) -> [RecognisedSymbol] {
        let straight = SymbolBoxTidier.tidy(symbols, verticalLines: verticalLines)
        guard !amount else { return straight }
        let boxed = LostColons.restore(straight, in: image, inkCut: inkCut)
        let signs = ComparisonSigns.correct(
            BarNumerals.correct(boxed, in: image, inkCut: inkCut), in: image, inkCut: inkCut)
        return PunctuationWidth.widen(signs, in: image, inkCut: inkCut)
    }
}
