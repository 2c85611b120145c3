internal import CTesseract
import Foundation
import PopplerReader
import Raster

/// Tesseract through its C API, as a `RecognitionEngine`. One instance holds the loaded
/// language models (slow to load), so it is made once per document and kept to one thread.
package final class TesseractEngine: RecognitionEngine {
    private let api: OpaquePointer
    private let tess: CTesseractFunctions
    /// An instance with the Latin model alone, for regions limited to ASCII characters (an
    /// amount's digits): it reads them as the full set of languages does at half the cost,
    /// since Tesseract otherwise runs the Chinese model over every digit too. Made when first
    /// needed; nil where "eng" is not among the languages or could not be loaded.
    private var latinAPI: OpaquePointer??
    package let languages: String

    package var description: String { "tesseract \(languages)" }

    /// When recognition must stop (a page's time limit), nil for never. Tesseract is told it and
    /// gives up on the words left; past it, nothing more is recognised. Setting it clears
    /// `stoppedAtDeadline`.
    package var deadline: ContinuousClock.Instant? {
        didSet { stoppedAtDeadline = false }
    }
    /// Whether the deadline cut a recognition short, or refused one, since it was set.
    package private(set) var stoppedAtDeadline = false

    /// - languages: Tesseract's form, e.g. "chi_sim+eng".
    package init(languages: String = "chi_sim+eng") throws(OCRError) {
        let names = languages.split(separator: "+").map(String.init)
        guard !names.isEmpty else { throw OCRError(.missingLanguage, "no OCR language given") }
        // Tesseract prints its own complaints when data is missing; the caller says it in one line.
        if let missing = names.first(where: { !Self.dataInstalled(language: $0) }) {
            throw Self.missing(missing)
        }
        let tess = try Self.library.get()
        Self.oneThread()
        guard let api = tess.TessBaseAPICreate() else {
            throw OCRError(.engineFailed, "Tesseract could not be started")
        }
        self.api = api
        self.tess = tess
        self.languages = languages
        let status = Self.quietly { tess.TessBaseAPIInit3(api, nil, languages) }
        guard status == 0 else {
            tess.TessBaseAPIDelete(api)
            throw Self.missing(names.first!)
        }
        // One uniform block: with the rulings erased, Tesseract's automatic layout (PSM_AUTO)
        // splits a table into many small blocks and drops short ones (一、, a row number, 行次);
        // the boxes, not Tesseract's reading order, place the characters anyway. On a table
        // page of the scanned corpus this found 808 characters against 643.
        tess.TessBaseAPISetPageSegMode(api, PSM_SINGLE_BLOCK)
        _ = tess.TessBaseAPISetVariable(api, "debug_file", "/dev/null")
    }

    /// Tesseract's functions, bound when the first engine is made: a run that reads no page
    /// by OCR neither needs Tesseract installed nor pays for loading it (about 35 ms).
    private static let library: Result<CTesseractFunctions, OCRError> = {
        var why = [CChar](repeating: 0, count: 512)
        guard let functions = CTesseract_load(&why, why.count) else {
            let reason = String(decoding: why.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return .failure(
                OCRError(
                    .engineMissing,
                    "Tesseract could not be loaded (install the Debian package libtesseract5): \(reason)"))
        }
        return .success(functions.pointee)
    }()

    /// Keeps recognition on the calling thread. Debian's Tesseract is built with OpenMP, whose
    /// worker threads spin while they wait: on a busy machine they doubled a page's CPU time
    /// (7.4 s against 15.4 s user, and 0.3 s against 8 s system) for the same result, and a
    /// batch already keeps every core busy. OMP_THREAD_LIMIT works only when set before the
    /// library loads; with no active parallel levels allowed, every parallel region runs on
    /// one thread. Looked up at run time, as a Tesseract without OpenMP has no such function.
    private static func oneThread() {
        typealias SetMaxActiveLevels = @convention(c) (Int32) -> Void
        guard let symbol = dlsym(nil, "omp_set_max_active_levels") else { return }
        unsafeBitCast(symbol, to: SetMaxActiveLevels.self)(0)
    }

    deinit {
        for api in [api, latinAPI ?? nil].compactMap({ $0 }) {
            tess.TessBaseAPIEnd(api)
            tess.TessBaseAPIDelete(api)
        }
    }

    /// The instance that reads `region`: the Latin one for ASCII characters only.
    private func api(for region: RecognitionRegion) -> OpaquePointer {
        guard let allowed = region.allowedCharacters, allowed.unicodeScalars.allSatisfy(\.isASCII),
            languages.split(separator: "+").contains("eng"), languages != "eng"
        else { return api }
        if latinAPI == nil {
            var made: OpaquePointer? = tess.TessBaseAPICreate()
            if let latin = made, Self.quietly({ tess.TessBaseAPIInit3(latin, nil, "eng") }) != 0 {
                tess.TessBaseAPIDelete(latin)
                made = nil
            }
            if let made { _ = tess.TessBaseAPISetVariable(made, "debug_file", "/dev/null") }
            latinAPI = .some(made)
        }
        return (latinAPI ?? nil) ?? api
    }

    private static func missing(_ language: String) -> OCRError {
        OCRError(
            .missingLanguage,
            "Tesseract language data \"\(language)\" is not installed (install the Debian package \(OCRError.debianPackage(language: language)))"
        )
    }

    /// The languages of `languages` ("chi_sim+eng") whose data is not installed.
    package static func missingLanguages(_ languages: String) -> [String] {
        languages.split(separator: "+").map(String.init).filter { !dataInstalled(language: $0) }
    }

    /// Where Debian's Tesseract looks for `LANG.traineddata`, or TESSDATA_PREFIX when set.
    static func dataInstalled(language: String) -> Bool {
        var folders: [String] = []
        if let prefix = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"] {
            folders += [prefix, prefix + "/tessdata"]
        }
        folders += [
            "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
            "/usr/share/tessdata", "/usr/local/share/tessdata",
        ]
        return folders.contains { FileManager.default.fileExists(atPath: "\($0)/\(language).traineddata") }
    }

    /// Runs `body` with standard error silenced as poppler's calls are (when the program asked
    /// for it): one shared redirection, so that calls on several threads cannot leave
    /// descriptor 2 pointing at /dev/null.
    private static func quietly<T>(_ body: () -> T) -> T {
        StandardErrorSilencer.shared.around(body)
    }

    package func recognise(_ image: GreyImage, dpi: Double) throws -> [RecognisedSymbol] {
        try withImage(image, dpi: dpi, api: api) { try recogniseSet(api: api) }
    }

    package func recognise(_ image: GreyImage, dpi: Double, regions: [RecognitionRegion]) throws -> [[RecognisedSymbol]]
    {
        defer {
            tess.TessBaseAPISetPageSegMode(api, PSM_SINGLE_BLOCK)
            _ = tess.TessBaseAPISetVariable(api, "tessedit_char_whitelist", "")
            _ = tess.TessBaseAPISetVariable(api, "tessedit_char_blacklist", "")
        }
        return regions.map { region in
            guard region.box.right > region.box.left, region.box.bottom > region.box.top else { return [] }
            // Each region as a crop of its own: a rectangle of the whole page costs Tesseract
            // nearly a page's work on every call.
            let crop = image.croppedForRecognition(region.box, margin: Self.regionMargin)
            let api = api(for: region)
            tess.TessBaseAPISetPageSegMode(api, region.layout == .line ? PSM_SINGLE_LINE : PSM_SINGLE_BLOCK)
            _ = tess.TessBaseAPISetVariable(api, "tessedit_char_whitelist", region.allowedCharacters ?? "")
            _ = tess.TessBaseAPISetVariable(api, "tessedit_char_blacklist", region.forbiddenCharacters ?? "")
            // A region that cannot be read is left to what the page's reading found in it.
            let symbols = (try? withImage(crop.image, dpi: dpi, api: api) { try recogniseSet(api: api) }) ?? []
            return symbols.map { $0.offset(x: crop.originX, y: crop.originY) }
        }
    }

    /// White pixels around a region's crop: Tesseract reads text touching the edge badly.
    static let regionMargin = 10

    /// Runs `body` with `image` given to Tesseract, its pixels pinned: Tesseract copies them,
    /// but only lazily.
    private func withImage<T>(_ image: GreyImage, dpi: Double, api: OpaquePointer, _ body: () throws -> T) throws -> T {
        try image.pixels.withUnsafeBufferPointer { pixels in
            tess.TessBaseAPISetImage(
                api, pixels.baseAddress, Int32(image.width), Int32(image.height), 1, Int32(image.width))
            tess.TessBaseAPISetSourceResolution(api, Int32(dpi.rounded()))
            defer { tess.TessBaseAPIClear(api) }
            return try body()
        }
    }

    /// Recognises the image (or rectangle) set and lists its symbols, boxes in image pixels.
    private func recogniseSet(api: OpaquePointer) throws -> [RecognisedSymbol] {
        var monitor: OpaquePointer?
        if let deadline {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else {
                stoppedAtDeadline = true
                return []
            }
            monitor = tess.TessMonitorCreate()
            let (seconds, attoseconds) = left.components
            tess.TessMonitorSetDeadlineMSecs(
                monitor, Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000))
        }
        defer { if let monitor { tess.TessMonitorDelete(monitor) } }
        let status = Self.quietly { tess.TessBaseAPIRecognize(api, monitor) }
        if status != 0, let deadline, ContinuousClock.now >= deadline {
            // What Tesseract read before it gave up is not kept: a page read in part by
            // recognition is said to be cut short, not mistaken for a whole one.
            stoppedAtDeadline = true
            return []
        }
        guard status == 0 else { throw OCRError(.engineFailed, "Tesseract could not recognise the page") }
        guard let iterator = tess.TessBaseAPIGetIterator(api) else { return [] }
        defer { tess.TessResultIteratorDelete(iterator) }
        let page = tess.TessResultIteratorGetPageIterator(iterator)

        var out: [RecognisedSymbol] = []
        repeat {
            guard let raw = tess.TessResultIteratorGetUTF8Text(iterator, RIL_SYMBOL) else { continue }
            let text = String(cString: raw)
            tess.TessDeleteText(raw)
            var l: Int32 = 0, t: Int32 = 0, r: Int32 = 0, b: Int32 = 0
            guard tess.TessPageIteratorBoundingBox(page, RIL_SYMBOL, &l, &t, &r, &b) != 0 else { continue }
            let box = PixelBox(left: Int(l), top: Int(t), right: Int(r), bottom: Int(b))
            var line = box
            if tess.TessPageIteratorBoundingBox(page, RIL_TEXTLINE, &l, &t, &r, &b) != 0 {
                line = PixelBox(left: Int(l), top: Int(t), right: Int(r), bottom: Int(b))
            }
            let confidence = Double(tess.TessResultIteratorConfidence(iterator, RIL_SYMBOL))
            out.append(RecognisedSymbol(text: text, box: box, line: line, confidence: confidence))
        } while tess.TessResultIteratorNext(iterator, RIL_SYMBOL) != 0
        return out
    }
}

@available(*, unavailable)
extension TesseractEngine: Sendable {}
