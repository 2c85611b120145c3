/// Reads again the few Latin letters an engine puts among ideographs. With Chinese and English
/// models loaded, Tesseract now and then takes an ideograph for letters ("TE：本表反映…" for
/// 注：, "GK)" for （款）); a short run of capitals or letters standing in a Chinese line, next
/// to an ideograph or a CJK mark, is read once more alone with Latin letters ruled out, and
/// replaced only when that reading gives ideographs; so is a bracketed run of letters (and
/// digits) in Chinese text.
package enum LatinMisreadings {
    /// Runs of at most this many letters are read again: words of English stay.
    package static let maxLetters = 3
    static let latinLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

    /// `symbols` (in the engine's order) with each suspect run replaced by what `engine` reads
    /// in its place in `image` without Latin letters.
    package static func reread(
        _ symbols: [RecognisedSymbol], in image: GreyImage, dpi: Double, engine: some RecognitionEngine
    ) throws -> [RecognisedSymbol] {
        let runs = suspectRuns(symbols)
        guard !runs.isEmpty else { return symbols }
        let regions = runs.map { run in
            let boxes = symbols[run].map(\.box)
            let line = symbols[run.lowerBound].line
            return RecognitionRegion(
                box: PixelBox(
                    left: boxes.map(\.left).min()!, top: line.top, right: boxes.map(\.right).max()!,
                    bottom: line.bottom),
                layout: .line, forbiddenCharacters: latinLetters)
        }
        let readings = try engine.recognise(image, dpi: dpi, regions: regions)
        var out = symbols
        // From the last run back, so that earlier ranges keep their place.
        for (run, reading) in zip(runs, readings).reversed() {
            let kept = reading.filter { $0.text.unicodeScalars.contains { !$0.properties.isWhitespace } }
            guard !kept.isEmpty, kept.allSatisfy({ $0.text.unicodeScalars.allSatisfy(\.isCJK) }) else { continue }
            let line = symbols[run.lowerBound].line
            out.replaceSubrange(
                run,
                with: kept.map { RecognisedSymbol(text: $0.text, box: $0.box, line: line, confidence: $0.confidence) })
        }
        return out
    }

    /// A table cell read as Latin letters, with perhaps a few marks among them, as tall as the
    /// page's ideographs ("qos" for 行政运行, "aK" for 款, "Ah, RUNNERS" for 二十、粮油物资储备支出
    /// by a seal's edge): the cell read again with Latin letters ruled out, that reading kept when
    /// ideographs make at least half of it. The engine is as sure of such letters as of real
    /// ones, but their ink tells: a capital of the same type stands 0.7 of an ideograph's height,
    /// a small letter less, so a cell of English (GDP, PPP) is left alone.
    /// `ideographHeight` is the median ink height (px) of the ideographs read on the page.
    package static func rereadCell(
        _ symbols: [RecognisedSymbol], region: RecognitionRegion, ideographHeight: Double, in image: GreyImage,
        dpi: Double, engine: some RecognitionEngine
    ) throws -> [RecognisedSymbol] {
        let read = symbols.filter { $0.text.unicodeScalars.contains { !$0.properties.isWhitespace } }
        let letters = read.filter(isLetter)
        guard !letters.isEmpty, 2 * letters.count > read.count,
            !read.contains(where: { $0.text.unicodeScalars.contains(where: \.isCJK) }),
            Double(letters.map(\.box.height).max() ?? 0) >= ideographTall * ideographHeight
        else { return symbols }
        var again = region
        again.forbiddenCharacters = latinLetters
        guard let reading = try engine.recognise(image, dpi: dpi, regions: [again]).first else { return symbols }
        let kept = reading.filter { $0.text.unicodeScalars.contains { !$0.properties.isWhitespace } }
        let ideographs = kept.filter { $0.text.unicodeScalars.contains(where: \.properties.isIdeographic) }
        guard !ideographs.isEmpty, 2 * ideographs.count >= kept.count else { return symbols }
        return kept
    }

    /// Letters whose tallest stands at least this share of an ideograph's height are suspect.
    package static let ideographTall = 0.85

    /// The median ink height (px) of the ideographs among `symbols`; nil without any.
    package static func ideographHeight(_ symbols: [RecognisedSymbol]) -> Double? {
        let heights = symbols.filter { $0.text.unicodeScalars.first?.properties.isIdeographic == true }
            .map(\.box.height).sorted()
        return heights.isEmpty ? nil : Double(heights[heights.count / 2])
    }

    /// Index ranges of short letter runs in Chinese lines, beside an ideograph or CJK mark.
    static func suspectRuns(_ symbols: [RecognisedSymbol]) -> [Range<Int>] {
        var balance: [PixelBox: Int] = [:]
        for symbol in symbols {
            guard let first = symbol.text.unicodeScalars.first else { continue }
            if first.properties.isIdeographic { balance[symbol.line, default: 0] += 1 }
            if isLetter(symbol) { balance[symbol.line, default: 0] -= 1 }
        }
        var runs: [Range<Int>] = []
        var i = 0
        while i < symbols.count {
            guard isLetter(symbols[i]) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < symbols.count, symbols[end].line == symbols[i].line, isLetter(symbols[end]) { end += 1 }
            let line = symbols[i].line
            let besideCJK = [i - 1, end].contains { j in
                symbols.indices.contains(j) && symbols[j].line == line
                    && symbols[j].text.unicodeScalars.first?.isCJK == true
            }
            if end - i <= maxLetters, besideCJK, balance[line, default: 0] > 0 { runs.append(i..<end) }
            i = end
        }
        for inner in bracketedRuns(symbols, chinese: { balance[$0, default: 0] > 0 })
        where !runs.contains(where: { $0.overlaps(inner) }) {
            runs.append(inner)
        }
        return runs.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Index ranges of short runs of letters and digits, a letter among them, standing alone
    /// in brackets in Chinese text (on a Chinese line, or on the line wrapped from one): a unit
    /// such as （元） or (月) on its own read as (CC), (7t) or (A).
    static func bracketedRuns(_ symbols: [RecognisedSymbol], chinese: (PixelBox) -> Bool) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        for open in symbols.indices where ["(", "（"].contains(symbols[open].text) {
            let line = symbols[open].line
            guard
                let close = symbols.indices.dropFirst(open + 1).prefix(maxLetters + 1).first(where: {
                    [")", "）"].contains(symbols[$0].text)
                }), close > open + 1
            else { continue }
            let inner = (open + 1)..<close
            guard symbols[open...close].allSatisfy({ $0.line == line }),
                symbols[inner].allSatisfy({
                    $0.text.unicodeScalars.allSatisfy {
                        $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0)
                    }
                }),
                symbols[inner].contains(where: isLetter)
            else { continue }
            let lineStart = symbols[..<open].lastIndex { $0.line != line }
            if chinese(line) || lineStart.map({ chinese(symbols[$0].line) }) == true { runs.append(inner) }
        }
        return runs
    }

    static func isLetter(_ symbol: RecognisedSymbol) -> Bool {
        !symbol.text.isEmpty && symbol.text.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
    }
}
