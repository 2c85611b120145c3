import PageModel

/// Reads the cells of a page's tables again, each on its own, once the grid is known: a cell
/// read alone is one line or block (no layout to guess, no neighbour's digits run into it),
/// and an amount cell can be told it holds only digits and separators.
package struct RasterCellReader {
    /// A cell to read: its box on the page (points) and whether it holds an amount.
    package struct Cell: Sendable, Hashable {
        package var box: Rect
        package var isAmount: Bool

        package init(box: Rect, isAmount: Bool) {
            self.box = box
            self.isAmount = isAmount
        }
    }

    /// What an amount cell can hold.
    package static let amountCharacters = "0123456789.,-%"
    /// Pixels left off each side of a cell, so that what remains of its erased borders stays out.
    package static let insetPixels = 3
    /// A cell less than this many of its characters' heights tall holds one line.
    package static let singleLineHeights = 1.8
    /// What a cell the page's reading found empty gives is kept at this mean confidence (of
    /// 100) or more: a clear 10 or ≥90% reads at 90 and above, a border's remains as letters
    /// far lower.
    package static let minMissedConfidence = 60.0

    package init() {}

    /// `reading`'s page with the glyphs of each of `cells` replaced by those the cell's own
    /// reading gives. Only cells the page reading found text in, or whose ink shows a
    /// character, are read (read alone, an empty cell's specks and what is left of its borders
    /// come out as letters); what a cell of the second kind gives is kept only when the engine
    /// is fairly sure of it. A cell that reads empty keeps the page reading's glyphs; the new
    /// glyphs keep the font the page reading found in the cell.
    package func reread(
        _ reading: RasterPageReading, cells: [Cell], engine: some RecognitionEngine,
        fontIndex: (Double, Bool) -> Int
    ) throws -> Page {
        let scale = 72 / reading.dpi
        let page = reading.page
        let image = reading.recognitionImage
        let inkCut = StrokeWeight.inkCut(image)
        let read = cells.map { cell in page.glyphs.contains { Self.holds(cell.box, $0) } }
        let missed = zip(cells, read).map { cell, read in
            !read
                && PrintedInk.holdsCharacter(
                    region(for: cell, glyphs: [], pointsPerPixel: scale).box, in: image, dpi: reading.dpi,
                    inkCut: inkCut)
        }
        let chosen = cells.indices.filter { read[$0] || missed[$0] }
        let regions = chosen.map { region(for: cells[$0], glyphs: page.glyphs, pointsPerPixel: scale) }
        let results = try engine.recognise(image, dpi: reading.dpi, regions: regions)
        let ideographHeight = LatinMisreadings.ideographHeight(results.flatMap { $0 })

        var replaced = [Bool](repeating: false, count: page.glyphs.count)
        var added: [Glyph] = []
        let edge = Int((Self.borderBarPoints / scale).rounded())
        for (index, (region, symbols)) in zip(chosen, zip(regions, results)) {
            let cell = cells[index]
            let read = symbols.filter { $0.text.unicodeScalars.contains { !$0.properties.isWhitespace } }
            let kept = read.filter { !Self.isBorderBar($0, in: region.box, edge: edge) }
            let inside = page.glyphs.indices.filter { Self.holds(cell.box, page.glyphs[$0]) }
            guard !kept.isEmpty else {
                // A cell holding nothing but its border's remains is blank.
                let pageBars = !inside.isEmpty && inside.allSatisfy { Self.isBorderBar(page.glyphs[$0], in: cell.box) }
                if !read.isEmpty || pageBars { for i in inside { replaced[i] = true } }
                continue
            }
            if missed[index], kept.reduce(0, { $0 + $1.confidence }) / Double(kept.count) < Self.minMissedConfidence {
                continue
            }
            if cell.isAmount,
                Self.drops(kept.map(\.text).joined(), from: inside.map { page.glyphs[$0] }, in: cell.box)
            {
                continue
            }
            for i in inside { replaced[i] = true }
            let pageFont = Self.commonFont(inside.map { page.glyphs[$0].font })
            var tidy = RasterPageReader.tidy(kept, verticalLines: [], in: image, inkCut: inkCut, amount: cell.isAmount)
            if cell.isAmount {
                Self.close(&tidy)
            } else {
                tidy = try LatinMisreadings.reread(tidy, in: image, dpi: reading.dpi, engine: engine)
                if let ideographHeight {
                    tidy = try LatinMisreadings.rereadCell(
                        tidy, region: region, ideographHeight: ideographHeight, in: image, dpi: reading.dpi,
                        engine: engine)
                }
            }
            let sizes = RecognisedGlyphs.lineSizes(tidy, emPixels: LineTypeSize.emPixels(tidy), pointsPerPixel: scale)
            added += RecognisedGlyphs.glyphs(tidy, pointsPerPixel: scale, lineSizes: sizes) { size, heavy in
                pageFont ?? fontIndex(size, heavy)
            }
        }
        var out = page
        out.glyphs = page.glyphs.indices.filter { !replaced[$0] }.map { page.glyphs[$0] } + added
        return out
    }

    /// Whether an amount cell's own reading `reread` only drops characters of the page's
    /// reading of it (`glyphs`, a figure): digits, or a point or comma between two, each clear
    /// of the cell's sides (`box`). An engine held to digits loses one of two now and then (54
    /// read again as 4); what the page reading alone has against a side is a border's remains,
    /// and a point after a figure a speck.
    package static func drops(_ reread: String, from glyphs: [Glyph], in box: Rect) -> Bool {
        let read = Array(reread.filter { !$0.isWhitespace })
        let before = glyphs.filter { !$0.scalar.properties.isWhitespace }.sorted { $0.box.x0 < $1.box.x0 }
        guard read.count < before.count, before.allSatisfy({ amountCharacters.unicodeScalars.contains($0.scalar) })
        else { return false }
        func isDigit(_ at: Int) -> Bool { before.indices.contains(at) && ("0"..."9").contains(before[at].scalar) }
        var next = 0
        for (at, glyph) in before.enumerated() {
            if next < read.count, Character(glyph.scalar) == read[next] {
                next += 1
                continue
            }
            // A lost digit, or a point or comma between two: a speck beside a figure is no loss.
            let between = ".,".unicodeScalars.contains(glyph.scalar) && isDigit(at - 1) && isDigit(at + 1)
            guard isDigit(at) || between,
                glyph.box.x0 - box.x0 > borderBarPoints, box.x1 - glyph.box.x1 > borderBarPoints
            else { return false }
        }
        return next == read.count
    }

    /// The cell's box in pixels, inset, read as a line or a block.
    func region(for cell: Cell, glyphs: [Glyph], pointsPerPixel scale: Double) -> RecognitionRegion {
        let inset = Self.insetPixels
        let box = PixelBox(
            left: Int((cell.box.x0 / scale).rounded()) + inset,
            top: Int((cell.box.top / scale).rounded()) + inset,
            right: Int((cell.box.x1 / scale).rounded()) - inset,
            bottom: Int((cell.box.bottom / scale).rounded()) - inset)
        let heights = glyphs.filter { Self.holds(cell.box, $0) }.map(\.box.height).sorted()
        let typical = heights.isEmpty ? nil : heights[heights.count / 2]
        let oneLine = typical.map { cell.box.height < Self.singleLineHeights * $0 } ?? false
        return RecognitionRegion(
            box: box, layout: oneLine ? .line : .block,
            allowedCharacters: cell.isAmount ? Self.amountCharacters : nil)
    }

    /// A vertical bar this close (points) to a cell's side is what is left of its border: the
    /// tables hold no | of their own, and a border not wholly erased (a thick frame on a grey
    /// scan) came out as one after every amount of the last column.
    package static let borderBarPoints = 2.0

    static let borderBars: Set<String> = ["|", "丨", "｜"]

    static func isBorderBar(_ symbol: RecognisedSymbol, in box: PixelBox, edge: Int) -> Bool {
        borderBars.contains(symbol.text) && (symbol.box.left - box.left <= edge || box.right - symbol.box.right <= edge)
    }

    /// The same for a glyph of the page's reading in a cell's box (points).
    static func isBorderBar(_ glyph: Glyph, in box: Rect) -> Bool {
        borderBars.contains(String(glyph.scalar))
            && (glyph.box.x0 - box.x0 <= borderBarPoints || box.x1 - glyph.box.x1 <= borderBarPoints)
    }

    /// An amount is one word: each character's box runs on to the next one's on its line, so
    /// that no gap reads as a space inside 1,736.36.
    static func close(_ symbols: inout [RecognisedSymbol]) {
        for i in symbols.indices.dropLast() where symbols[i + 1].line == symbols[i].line {
            symbols[i].box.right = max(symbols[i].box.right, symbols[i + 1].box.left)
        }
    }

    private static func holds(_ box: Rect, _ glyph: Glyph) -> Bool {
        box.contains(x: glyph.box.midX, y: glyph.box.midY)
    }

    private static func commonFont(_ fonts: [Int]) -> Int? {
        var count: [Int: Int] = [:]
        for font in fonts { count[font, default: 0] += 1 }
        return count.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
