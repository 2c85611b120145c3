import PageModel

/// Reads again, from the page's image, the characters a garbled font map gave wrong (see
/// `MisMappedGlyphs`). The characters around each suspect are recognised as one line, and a
/// suspect takes the ideograph or CJK mark recognised over it when the engine is fairly sure of
/// it; everything else (boxes, fonts, the characters the map got right) stays as the text
/// layer gave it, so a page loses nothing it had.
package struct MisMapRepair {
    /// The image's resolution.
    package var dpi: Double

    package init(dpi: Double) {
        self.dpi = dpi
    }

    /// - Parameters:
    ///   - suspects: indices into `page.glyphs`, as `MisMappedGlyphs.indices` gives them; the
    ///     characters `leftOut` gives are read too, and put back where they stood.
    ///   - image: the page rendered at `dpi`, covering its displayed size.
    package func repair(
        _ page: Page, suspects: [Int], image: GreyImage, engine: some RecognitionEngine
    ) throws -> Page {
        let plan = Plan(page, suspects: suspects)
        let glyphs = plan.glyphs, placeholder = plan.placeholder, wide = plan.wide, all = plan.all, runs = plan.runs
        var repaired = glyphs
        var read = Set<Int>()
        if !runs.isEmpty {
            // The text layer says where the table's rules run: erased, they cannot be read as
            // characters of a run they touch.
            var clean = image
            for ruling in page.rulings { Self.erase(ruling, from: &clean, scale: dpi / 72) }
            let results = try engine.recognise(
                clean, dpi: dpi,
                regions: runs.map { run in
                    region(around: run.glyphs.map { glyphs[$0].box }, letters: !run.suspects.allSatisfy(wide.contains))
                })
            var unsure: [Int] = []
            for (run, symbols) in zip(runs, results) {
                let kept = symbols.filter { symbol in
                    symbol.text.unicodeScalars.contains { !$0.properties.isWhitespace }
                        && !RasterCellReader.borderBars.contains(symbol.text)
                }
                let readings = Self.readings(of: run, glyphs: glyphs, wide: wide, read: kept)
                for (index, scalar) in readings.sure {
                    repaired[index].scalar = scalar
                    read.insert(index)
                }
                unsure += readings.unsure
            }
            // A suspect of a run the reading agreed with, but whose own symbol was unsure, is
            // read again alone: in a long line the engine may give one character low confidence
            // that it reads surely on its own.
            let alone = try engine.recognise(
                clean, dpi: dpi, regions: unsure.map { region(around: [glyphs[$0].box], letters: !wide.contains($0)) })
            for (index, symbols) in zip(unsure, alone) {
                let kept = symbols.filter { $0.text.unicodeScalars.contains { !$0.properties.isWhitespace } }
                guard kept.count == 1, let symbol = kept.first, symbol.confidence >= Self.minConfidence,
                    let scalar = Self.character(Array(symbol.text.unicodeScalars), wide: wide.contains(index))
                else { continue }
                repaired[index].scalar = scalar
                read.insert(index)
            }
        }
        var out = page
        out.glyphs = repaired.indices.filter { placeholder[$0] == nil || read.contains($0) }.map { repaired[$0] }
        out.unmappedCount -= read.filter { placeholder[$0] == .unmapped }.count
        out.unmappedGlyphs = []
        let example = read.min().map {
            (was: MisMappedGlyphs.context(of: $0, in: glyphs), now: MisMappedGlyphs.context(of: $0, in: repaired))
        }
        out.remapped = RemappedGlyphs(replaced: read.count, kept: all.count - read.count, example: example)
        return out
    }

    /// Whether `repair` would read anything of `page`: a suspect or a character left out with
    /// a rightly mapped character near it to check the reading against. A symbol font's bullet
    /// alone, or a page in a font with no map at all, is not worth rendering the page for.
    package static func needsReading(_ page: Page, suspects: [Int]) -> Bool {
        !Plan(page, suspects: suspects).runs.isEmpty
    }

    /// The page's glyphs with the characters left out back in their places (as U+FFFD), which of
    /// them are suspects (`all`; `placeholder` for those put back, `wide` for the full-width
    /// ones), and the runs to read.
    private struct Plan {
        var glyphs: [Glyph]
        var placeholder: [Int: UnmappedGlyph.Kind]
        var wide: Set<Int>
        var all: [Int]
        var runs: [Run]

        init(_ page: Page, suspects: [Int]) {
            let left = MisMapRepair.leftOut(page)
            var glyphs: [Glyph] = []
            var placeholder: [Int: UnmappedGlyph.Kind] = [:]
            var indexOfGlyph: [Int] = []
            var next = 0
            func putBack(_ glyph: UnmappedGlyph) {
                placeholder[glyphs.count] = glyph.kind
                glyphs.append(Glyph(scalar: "\u{FFFD}", box: glyph.box, font: glyph.font))
            }
            for index in page.glyphs.indices {
                while next < left.count && left[next].position <= index {
                    putBack(left[next])
                    next += 1
                }
                indexOfGlyph.append(glyphs.count)
                glyphs.append(page.glyphs[index])
            }
            left[next...].forEach(putBack)
            let advance = MisMappedGlyphs.ideographAdvance(page.glyphs)
            let wideLeft = placeholder.keys.filter {
                MisMappedGlyphs.isFullWidth(glyphs[$0].box, font: glyphs[$0].font, advance: advance)
            }
            self.glyphs = glyphs
            self.placeholder = placeholder
            wide = Set(suspects.map { indexOfGlyph[$0] } + wideLeft)
            all = (suspects.map { indexOfGlyph[$0] } + placeholder.keys).sorted()
            // A run of suspects alone has nothing to check a reading against.
            runs = MisMapRepair.runs(holding: all, in: glyphs).filter { $0.glyphs.count > $0.suspects.count }
        }
    }

    /// The region of the characters in `boxes` (points), read as a line; Latin letters
    /// forbidden unless one of them may be one.
    private func region(around boxes: [Rect], letters: Bool) -> RecognitionRegion {
        let box = boxes.dropFirst().reduce(boxes[0]) { $0.union($1) }
        // Above and below, room for the ink; at the sides none, as a window may end beside a
        // character of its line (the engine's crop gets a white margin of its own).
        let pad = Self.padding * box.height, scale = dpi / 72
        return RecognitionRegion(
            box: PixelBox(
                left: Int((box.x0 * scale).rounded(.down)), top: Int(((box.top - pad) * scale).rounded(.down)),
                right: Int((box.x1 * scale).rounded(.up)), bottom: Int(((box.bottom + pad) * scale).rounded(.up))),
            layout: .line, forbiddenCharacters: letters ? nil : Self.latinLetters)
    }

    /// The characters the text layer left out that are worth reading from the image: every
    /// unmapped one, and those mapped to a control character that take an ideograph's width
    /// (a narrower one is a space some maps give as a control character).
    package static func leftOut(_ page: Page) -> [UnmappedGlyph] {
        let advance = MisMappedGlyphs.ideographAdvance(page.glyphs)
        return page.unmappedGlyphs.filter { glyph in
            glyph.kind == .unmapped
                || MisMappedGlyphs.isFullWidth(glyph.box, font: glyph.font, advance: advance)
        }
    }

    /// A run: the glyphs of one line in one font, each close to the next, and the suspects
    /// among them.
    struct Run: Equatable {
        var glyphs: [Int]
        var suspects: [Int]
    }

    /// The runs around `suspects`, in reading order, each suspect in one: up to `reach`
    /// characters either side of it, on its line and in its font, enough to check the reading
    /// against without recognising whole lines (the engine's time goes with the characters).
    static func runs(holding suspects: [Int], in glyphs: [Glyph]) -> [Run] {
        var out: [Run] = []
        var line = 0...0
        for suspect in suspects.sorted() {
            if out.isEmpty || !line.contains(suspect) {
                var first = suspect, end = suspect
                while first > 0, continues(glyphs[first - 1], glyphs[first]) { first -= 1 }
                while end + 1 < glyphs.count, continues(glyphs[end], glyphs[end + 1]) { end += 1 }
                line = first...end
            }
            let window = max(line.lowerBound, suspect - reach)...min(line.upperBound, suspect + reach)
            if let last = out.last, let lastEnd = last.glyphs.last, line.contains(lastEnd),
                window.lowerBound <= lastEnd + 1
            {
                out[out.count - 1].glyphs = Array(last.glyphs[0]...max(lastEnd, window.upperBound))
                out[out.count - 1].suspects.append(suspect)
            } else {
                out.append(Run(glyphs: Array(window), suspects: [suspect]))
            }
        }
        return out
    }

    /// Characters read on either side of a suspect.
    static let reach = 4

    /// Whether `next` follows `glyph` in the same run: same font, same line, no more than half
    /// an em between them.
    static func continues(_ glyph: Glyph, _ next: Glyph) -> Bool {
        glyph.font == next.font && glyph.box.verticalOverlap(next.box) > 0.5 * min(glyph.box.height, next.box.height)
            && next.box.x0 >= glyph.box.x0 && next.box.x0 - glyph.box.x1 <= 0.5 * glyph.box.height
    }

    /// What each suspect of `run` reads as: the run's characters aligned with the symbols
    /// recognised (`read`, in reading order), the suspects matching anything, the others only
    /// themselves. The engine's boxes are too loose to place a symbol on one character, but the
    /// text layer says how many characters there are and what most of them are. A suspect takes
    /// its symbol when the characters the map got right agree with the reading (at least
    /// `minAgreement` of them), the engine is fairly sure of it and, for a full-width suspect
    /// (`wide`), it is a character a full-width glyph can be; the other suspects of an agreeing
    /// run are `unsure`.
    static func readings(
        of run: Run, glyphs: [Glyph], wide: Set<Int>, read: [RecognisedSymbol]
    ) -> (sure: [(Int, Unicode.Scalar)], unsure: [Int]) {
        let suspect = Set(run.suspects)
        let text = run.glyphs.map { suspect.contains($0) ? nil : glyphs[$0].scalar }
        let symbols = read.map { Array($0.text.unicodeScalars) }
        let pairs = align(text, symbols)
        let known = text.compactMap { $0 }.count
        let agreeing = pairs.filter { text[$0.0] != nil }.count
        // A run with nothing rightly mapped has nothing to check the reading against (a symbol
        // font's bullet, a font with no map at all): left as it was.
        guard known > 0, Double(agreeing) >= minAgreement * Double(known) else { return ([], []) }
        var sure: [(Int, Unicode.Scalar)] = []
        for (position, symbol) in pairs where text[position] == nil {
            let index = run.glyphs[position]
            if read[symbol].confidence >= minConfidence,
                let scalar = character(symbols[symbol], wide: wide.contains(index))
            {
                sure.append((index, scalar))
            }
        }
        let done = Set(sure.map(\.0))
        return (sure, run.suspects.filter { !done.contains($0) })
    }

    /// What a suspect read as `symbol` is: for a full-width one, a character a full-width glyph
    /// can be (`fullWidth`); otherwise any one character.
    static func character(_ symbol: [Unicode.Scalar], wide: Bool) -> Unicode.Scalar? {
        wide ? fullWidth(symbol) : single(symbol)
    }

    /// A symbol of one character that is not white space.
    static func single(_ symbol: [Unicode.Scalar]) -> Unicode.Scalar? {
        guard symbol.count == 1, let scalar = symbol.first, !scalar.properties.isWhitespace else { return nil }
        return scalar
    }

    /// The pairs (position in `text`, index in `symbols`) of an alignment of fewest edits, where
    /// a nil of `text` matches any one symbol and a character matches a symbol of itself alone.
    static func align(_ text: [Unicode.Scalar?], _ symbols: [[Unicode.Scalar]]) -> [(Int, Int)] {
        let n = text.count, m = symbols.count
        func matches(_ i: Int, _ j: Int) -> Bool { text[i].map { symbols[j] == [$0] } ?? true }
        // cost[i][j]: edits to align text[i...] with symbols[j...].
        var cost = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: m, through: 0, by: -1) {
                if i == n || j == m {
                    cost[i][j] = (n - i) + (m - j)
                    continue
                }
                cost[i][j] = min(cost[i + 1][j] + 1, cost[i][j + 1] + 1, cost[i + 1][j + 1] + (matches(i, j) ? 0 : 2))
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < n && j < m {
            if matches(i, j) && cost[i][j] == cost[i + 1][j + 1] {
                pairs.append((i, j))
                i += 1
                j += 1
            } else if cost[i][j] == cost[i + 1][j] + 1 {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }

    /// The character a full-width glyph read as `symbol` is: an ideograph, a CJK mark or a
    /// quote or dash as read,
    /// ASCII punctuation in its full-width form (the engine reads ： as :); nil for letters and
    /// digits, which a glyph of an ideograph's width is not.
    static func fullWidth(_ symbol: [Unicode.Scalar]) -> Unicode.Scalar? {
        guard let scalar = single(symbol) else { return nil }
        // CJK forms, and the quotes, dashes and ellipsis CJK fonts draw full-width (“ ” — …).
        if scalar.isCJK || (0x2010...0x2027).contains(scalar.value) { return scalar }
        guard (0x21...0x7E).contains(scalar.value), !scalar.properties.isAlphabetic,
            scalar.properties.numericType == nil
        else {
            return nil
        }
        return Unicode.Scalar(scalar.value + 0xFEE0)
    }

    /// Paints `ruling` white on `image`, a pixel beyond its stroke on each side.
    static func erase(_ ruling: Ruling, from image: inout GreyImage, scale: Double) {
        let half = ruling.width / 2
        let left = max(0, Int(((ruling.x0 - half) * scale).rounded(.down)) - 1)
        let right = min(image.width, Int(((ruling.x1 + half) * scale).rounded(.up)) + 1)
        let top = max(0, Int(((ruling.top - half) * scale).rounded(.down)) - 1)
        let bottom = min(image.height, Int(((ruling.bottom + half) * scale).rounded(.up)) + 1)
        guard left < right, top < bottom else { return }
        for y in top..<bottom {
            image.pixels.replaceSubrange(
                (y * image.width + left)..<(y * image.width + right), with: repeatElement(255, count: right - left))
        }
    }

    /// Above and below a run, this share of its height: the ink of its characters whole,
    /// without reaching a cell's borders.
    static let padding = 0.15
    /// A suspect keeps its character below this confidence (0…100): better a visibly wrong
    /// character with its warning than a plausible wrong one.
    static let minConfidence = 60.0
    /// Letters a run is not read as: what a full-width glyph stands for is never one, and
    /// allowed, the engine read a whole clean line of ideographs (一般公共预算支出) as PAFETESZ.
    static let latinLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    /// Share of a run's rightly mapped characters the reading must agree with.
    static let minAgreement = 0.6
}
