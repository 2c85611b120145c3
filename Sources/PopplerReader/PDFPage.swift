internal import CCairoTap
internal import CPoppler
import PageModel

/// One page of an open PDF. Holds a reference to its document's poppler object, so it stays
/// valid after the `PDFDocument` is released. Confined to one thread, like its document.
package final class PDFPage {
    package let number: Int
    /// The document's file as the user named it, for messages.
    package let file: String
    let handle: OpaquePointer
    let fonts: FontTable

    /// Rendering is scaled up so cairo's snapping of hairlines to device pixels costs at most
    /// 1/32 pt once divided back.
    private static let renderScale = 16.0

    /// How deep poppler draws form XObjects inside one another; a form one deeper is skipped
    /// without a message (measured with poppler 22.12: text in the 100th nested form is drawn,
    /// in the 101st not). The tap counts the depth it is asked to reach.
    static let formDepthDrawn = 100

    init(handle: OpaquePointer, number: Int, file: String, fonts: FontTable) {
        self.handle = handle
        self.number = number
        self.file = file
        self.fonts = fonts
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
    }

    /// Whether rulings can be read in this process: the cairo tap must be linked into the
    /// executable so poppler's calls reach it.
    package static var canReadRulings: Bool { CCairoTap_isInterposed() != 0 }

    /// Reads the page's geometry, characters and drawn paths into plain values, within `limits`:
    /// a page past one is cut short, its `cuts` saying what was left out.
    package func read(classifier: PathClassifier = PathClassifier(), limits: ReadLimits = .standard) -> Page {
        let (page, messages) = PopplerMessages.collecting {
            StandardErrorSilencer.shared.around { readSilenced(classifier: classifier, limits: limits) }
        }
        var read = page
        read.readerMessages = messages
        return read
    }

    private func readSilenced(classifier: PathClassifier, limits: ReadLimits) -> Page {
        // Render first: it records the vector paths and fills poppler's text page as it goes,
        // so the text calls below cost little. poppler cannot be stopped once asked, so the tap
        // bounds what it keeps: characters and paths past the limits or the page's time are
        // dropped as they come (the rest of the content is still interpreted, in linear time).
        let drawn = recordPaths(limits)
        var (glyphs, unmapped, unboxed, placeholders) = readGlyphs()
        var cuts: [PageCut] = []
        if drawn.timedOut {
            cuts.append(
                PageCut(
                    .secondsPerPage, limit: limits.secondsPerPage,
                    what: "what it draws after that time (text and paths) was not read"))
        }
        if drawn.characters > limits.charactersPerPage || glyphs.count > limits.charactersPerPage {
            // Without the tap in effect, the limit is applied to what poppler gives.
            let total = max(drawn.characters, glyphs.count)
            if glyphs.count > limits.charactersPerPage { glyphs.removeSubrange(limits.charactersPerPage...) }
            cuts.append(
                PageCut(
                    .charactersPerPage, limit: Double(limits.charactersPerPage),
                    what: "only the first \(limits.charactersPerPage) of its \(total) characters were read"))
        }
        if drawn.pathCount > limits.pathsPerPage {
            cuts.append(
                PageCut(
                    .pathsPerPage, limit: Double(limits.pathsPerPage),
                    what: "only the first \(limits.pathsPerPage) of its \(drawn.pathCount) paths were read for rulings")
            )
        }
        if !cuts.isEmpty {
            // Counts of a page read in part describe nothing whole.
            unmapped = 0
            unboxed = 0
            placeholders = []
        }
        var (rulings, fills) = classifier.classify(drawn.paths, glyphBoxes: glyphs.map(\.box))
        if rulings.count > limits.rulingsPerPage {
            cuts.append(
                PageCut(
                    .rulingsPerPage, limit: Double(limits.rulingsPerPage),
                    what: "only the first \(limits.rulingsPerPage) of its \(rulings.count) rulings were kept"))
            rulings.removeSubrange(limits.rulingsPerPage...)
        }

        let geometry = self.geometry(cropStart: drawn.cropStart)
        var page = Page(
            number: number, width: geometry.width, height: geometry.height,
            rotation: geometry.rotation, cropBox: geometry.box.box, glyphs: glyphs,
            rulings: rulings, fills: fills, imageCount: drawn.imageCount, unmappedCount: unmapped,
            unboxedCount: unboxed, boxRepair: geometry.box.repair)
        page.cuts = cuts
        page.unmappedGlyphs = placeholders
        if drawn.deepestForm > Self.formDepthDrawn {
            page.undrawn.append(
                "form XObjects nest more than \(Self.formDepthDrawn) deep; what lies deeper was not drawn, so not read")
        }
        return page
    }

    /// The displayed size, rotation and crop box, with an unusable box repaired (`PageBox`).
    func geometry(cropStart: (x: Double, y: Double)?) -> (width: Double, height: Double, rotation: Int, box: PageBox) {
        var width = 0.0, height = 0.0
        poppler_page_get_size(handle, &width, &height)
        var crop = PopplerRectangle()
        poppler_page_get_crop_box(handle, &crop)
        let stated = Rect(x0: crop.x1, top: crop.y1, x1: crop.x2, bottom: crop.y2)
        let box = PageBox(stated: stated)
        guard box.repair == nil else {
            // Sides and rotation measured on a degenerate box mean nothing: shown upright.
            return (box.box.width, box.box.height, 0, box)
        }
        let rotation =
            cropStart.map { Self.rotation(cropStart: $0, width: width, height: height) }
            // Without the tap only a quarter turn shows, as swapped sides.
            ?? (abs(width - stated.width) > 0.5 && abs(width - stated.height) <= 0.5 ? 90 : 0)
        return (width, height, rotation, box)
    }

    /// The page's /Rotate from where the crop box's lower-left corner (in PDF space) is shown:
    /// bottom-left of the displayed page when upright, top-left after a quarter turn clockwise,
    /// top-right after a half turn, bottom-right after three quarters.
    static func rotation(cropStart: (x: Double, y: Double), width: Double, height: Double) -> Int {
        let right = cropStart.x > width / 2, bottom = cropStart.y > height / 2
        switch (right, bottom) {
        case (false, true): return 0
        case (false, false): return 90
        case (true, false): return 180
        case (true, true): return 270
        }
    }

    /// What one render through the tap gave.
    private struct Drawing {
        var paths: [VectorPath]
        /// Strokes and fills drawn, also those past the limit.
        var pathCount: Int
        /// Characters poppler handed to its text page, also those dropped.
        var characters: Int
        var imageCount: Int
        var cropStart: (x: Double, y: Double)?
        var timedOut: Bool
        /// How deep form XObjects nested where poppler drew them.
        var deepestForm: Int
    }

    private func recordPaths(_ limits: ReadLimits) -> Drawing {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1)
        let cairo = cairo_create(surface)
        defer {
            cairo_destroy(cairo)
            cairo_surface_destroy(surface)
        }
        cairo_scale(cairo, Self.renderScale, Self.renderScale)
        CCairoTap_beginLimited(limits.pathsPerPage, limits.charactersPerPage, limits.secondsPerPage)
        defer { CCairoTap_end() }
        poppler_page_render(handle, cairo)
        let recording = CCairoTap_recording()
        let cropStart =
            recording.has_crop_start != 0
            ? (x: recording.crop_start_x / Self.renderScale, y: recording.crop_start_y / Self.renderScale) : nil
        return Drawing(
            paths: Self.convert(recording, scale: Self.renderScale), pathCount: Int(recording.paths_seen),
            characters: Int(recording.chars_seen), imageCount: Int(recording.image_count),
            cropStart: cropStart, timedOut: recording.deadline_passed != 0,
            deepestForm: Int(recording.deepest_form))
    }

    /// Whether the character and time limits reach poppler's text page in this process (see
    /// `CCairoTap_boundsText`); without, characters are cut only after poppler has read them all.
    package static var boundsText: Bool { CCairoTap_boundsText() != 0 }

    private static func convert(_ recording: CCairoTapRecording, scale: Double) -> [VectorPath] {
        var paths: [VectorPath] = []
        paths.reserveCapacity(recording.path_count)
        for p in 0..<recording.path_count {
            let path = recording.paths[p]
            var subpaths: [VectorPath.Subpath] = []
            for s in path.first_subpath..<(path.first_subpath + path.subpath_count) {
                let sub = recording.subpaths[s]
                var points: [VectorPath.Point] = []
                points.reserveCapacity(sub.point_count)
                for i in sub.first_point..<(sub.first_point + sub.point_count) {
                    points.append(
                        VectorPath.Point(
                            x: recording.points[2 * i] / scale,
                            y: recording.points[2 * i + 1] / scale))
                }
                subpaths.append(VectorPath.Subpath(points: points, isClosed: sub.closed != 0))
            }
            let paint: VectorPath.Paint =
                path.kind == Int32(CCairoTap_Stroke.rawValue)
                ? .stroke(width: path.line_width / scale) : .fill
            let color = path.alpha < 0 ? nil : (red: path.red, green: path.green, blue: path.blue)
            paths.append(VectorPath(paint: paint, subpaths: subpaths, color: color))
        }
        return paths
    }

    private func readGlyphs() -> (glyphs: [Glyph], unmapped: Int, unboxed: Int, placeholders: [UnmappedGlyph]) {
        var width = 0.0, height = 0.0
        poppler_page_get_size(handle, &width, &height)
        let forward = readGlyphs(selecting: PopplerRectangle(x1: 0, y1: 0, x2: width, y2: height))
        guard forward.rightToLeft else {
            return (forward.glyphs, forward.unmapped, forward.unboxed, forward.placeholders)
        }
        // Poppler's selection of a page with right-to-left text drops whole lines, and which
        // ones depends on the corner the selection starts from: the selection started from the
        // top right corner adds the characters the first one left out.
        let backward = readGlyphs(selecting: PopplerRectangle(x1: width, y1: 0, x2: 0, y2: height))
        var seen = Set(forward.glyphs.map(GlyphKey.init))
        var glyphs = forward.glyphs
        for glyph in backward.glyphs where seen.insert(GlyphKey(glyph)).inserted { glyphs.append(glyph) }
        // The second selection's characters come after the first's: the places stay right.
        return (glyphs, forward.unmapped, forward.unboxed, forward.placeholders)
    }

    /// Where a character sits, to a tenth of a point: two characters never share a place.
    private struct GlyphKey: Hashable {
        var x: Int, y: Int

        init(_ glyph: Glyph) {
            x = Int((glyph.box.x0 * 10).rounded())
            y = Int((glyph.box.top * 10).rounded())
        }
    }

    /// The characters poppler's text selection of `area` gives, with their boxes and fonts;
    /// whether the text holds right-to-left embeddings.
    private func readGlyphs(selecting area: PopplerRectangle)
        -> (glyphs: [Glyph], unmapped: Int, unboxed: Int, placeholders: [UnmappedGlyph], rightToLeft: Bool)
    {
        var area = area
        guard let text = poppler_page_get_text_for_area(handle, &area) else { return ([], 0, 0, [], false) }
        defer { g_free(text) }
        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var rectCount: guint = 0
        poppler_page_get_text_layout_for_area(handle, &area, &rects, &rectCount)
        defer { g_free(rects) }
        let fontOfIndex = readFontRuns(count: Int(rectCount), area: &area)

        var glyphs: [Glyph] = []
        var unmapped = 0, unboxed = 0
        let scalars = Array(String(cString: text).unicodeScalars)
        let rightToLeft = scalars.contains { TextLayoutPairing.Mark($0) == .opensRightToLeft }
        guard let rects else {
            return ([], 0, scalars.filter { !$0.properties.isWhitespace }.count, [], rightToLeft)
        }
        glyphs.reserveCapacity(Int(rectCount))
        // One rectangle per Unicode scalar of the text, spaces and line breaks included, bidi
        // marks not (`TextLayoutPairing`).
        let layout = (0..<Int(rectCount)).map {
            Rect(x0: rects[$0].x1, top: rects[$0].y1, x1: rects[$0].x2, bottom: rects[$0].y2)
        }
        let boxIndices = TextLayoutPairing.boxIndices(of: scalars, boxes: layout)
        var placeholders: [UnmappedGlyph] = []
        func placed(_ boxIndex: Int) -> (box: Rect, font: Int) {
            let font = fontOfIndex[boxIndex]
            return (
                GlyphBox.normalised(layout[boxIndex], fontSize: font < fonts.fonts.count ? fonts.fonts[font].size : 0),
                font
            )
        }
        for (scalar, boxIndex) in zip(scalars, boxIndices) {
            switch TextNormalizer.classify(scalar) {
            case .space:
                // A control character with a place is a glyph its font's map got wrong, or a
                // space some maps give as one: which, its width tells (`MisMapRepair`).
                guard let boxIndex, scalar.properties.generalCategory == .control, !scalar.properties.isWhitespace
                else { continue }
                let (box, font) = placed(boxIndex)
                placeholders.append(UnmappedGlyph(box: box, font: font, position: glyphs.count, kind: .control))
            case .unmapped:
                unmapped += 1
                guard let boxIndex else { continue }
                let (box, font) = placed(boxIndex)
                placeholders.append(UnmappedGlyph(box: box, font: font, position: glyphs.count, kind: .unmapped))
            case .text(let kept):
                guard let boxIndex else {
                    // Poppler gave the text without a rectangle for it: nowhere to place it.
                    unboxed += 1
                    continue
                }
                let (box, font) = placed(boxIndex)
                glyphs.append(Glyph(scalar: kept, box: box, font: font))
            }
        }
        return (glyphs, unmapped, unboxed, placeholders, rightToLeft)
    }

    /// The font index of every text position of the selection of `area`, from poppler's
    /// attribute runs.
    private func readFontRuns(count: Int, area: inout PopplerRectangle) -> [Int] {
        var fontOfIndex = [Int](repeating: 0, count: count)
        guard let runs = poppler_page_get_text_attributes_for_area(handle, &area) else { return fontOfIndex }
        defer { poppler_page_free_text_attributes(runs) }
        var node: UnsafeMutablePointer<GList>? = runs
        while let current = node {
            if let raw = current.pointee.data {
                let run = raw.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                let name = run.font_name.map { String(cString: $0) } ?? ""
                let font = fonts.index(name: name, size: run.font_size)
                let start = max(0, Int(run.start_index)), end = min(count - 1, Int(run.end_index))
                if start <= end {
                    for i in start...end { fontOfIndex[i] = font }
                }
            }
            node = current.pointee.next
        }
        return fontOfIndex
    }
}

@available(*, unavailable)
extension PDFPage: Sendable {}
