import Foundation
import PageModel

/// Rebuilds a document's reading structure from the text outside its tables, in named stages:
/// 1. furniture: lines per page, running headers, footers and page numbers removed (their
///    numbers become page labels; `PageFurniture`);
/// 2. cover and metadata: the cover page set apart and read (`CoverReader`);
/// 3. contents: table-of-contents pages read as the outline (`OutlineReader`);
/// 4. headings: every other line classified as heading, figure caption or body text
///    (`HeadingClassifier`);
/// 5. paragraphs: body lines joined, across page breaks where the text runs on
///    (`ParagraphAssembler`).
/// Each stage's thresholds live in its own options, gathered in `Options`.
package struct StructureAnalyzer: Sendable {
    package struct Options: Sendable, Hashable {
        /// A first page with fewer characters than this, whose largest type is larger than the
        /// body's, is a cover.
        package var maxCoverCharacters = 300
        /// The cover's (and the first pages') metadata is read from this many pages.
        package var metadataPages = 3
        /// A page with this many lines with dot leaders (or titled 目录) is a table of contents.
        package var minContentsLeaders = 3
        package var headings = HeadingClassifier.Options()
        package var paragraphs = ParagraphAssembler.Options()

        package init() {}
    }

    package var options = Options()
    package var lineBuilder = LineBuilder()

    package init(options: Options = Options()) {
        self.options = options
    }

    /// - Parameter excluded: per page number, the areas tables occupy (grid, caption, notes);
    ///   their text is not body text.
    ///   `info`: the document information dictionary, the last resort for the year and body.
    package func analyze(
        pages: [Page], fonts: [Font], excluded: [Int: [Rect]],
        info: DocumentInfo = DocumentInfo()
    ) -> DocumentStructure {
        var structure = DocumentStructure()
        let content = removeFurniture(pages: pages, excluded: excluded, into: &structure)
        let style = BodyStyle(lines: content.flatMap(\.lines), fonts: fonts)
        let bodyPages = readCover(content, pages: pages, style: style, fonts: fonts, info: info, into: &structure)
        readBody(bodyPages, style: style, excluded: excluded, into: &structure)
        structure.outline = OutlineReader.mapPages(structure.outline, labels: structure.pageLabels)
        return structure
    }

    // MARK: Stages

    /// Stage 1: each page's lines outside the tables, without running headers, footers and
    /// page numbers (whose printed numbers become the page labels).
    func removeFurniture(pages: [Page], excluded: [Int: [Rect]], into structure: inout DocumentStructure)
        -> [(page: Page, lines: [TextLine])]
    {
        let pageLines = pages.map { page in
            (page: page, lines: lines(on: page, outside: excluded[page.number] ?? []))
        }
        let furniture = PageFurniture(linesByPage: pageLines.map { ($0.page.height, $0.lines) })
        return pageLines.map { page, lines in
            var kept: [TextLine] = []
            for line in lines {
                if let label = furniture.pageLabel(line, height: page.height) {
                    structure.pageLabels[page.number] = label
                    structure.furnitureLineCount += 1
                } else if furniture.isFurniture(line, height: page.height) {
                    structure.furnitureLineCount += 1
                } else {
                    kept.append(line)
                }
            }
            return (page, kept)
        }
    }

    /// Stage 2: the metadata from the cover (or the title opening the first page), the first
    /// pages and the information dictionary; returns the pages after the cover.
    func readCover(
        _ content: [(page: Page, lines: [TextLine])], pages: [Page], style: BodyStyle,
        fonts: [Font], info: DocumentInfo, into structure: inout DocumentStructure
    )
        -> ArraySlice<(page: Page, lines: [TextLine])>
    {
        var bodyPages = content[...]
        let cover: [TextLine]
        if let first = content.first, isCover(first.lines, style: style) {
            cover = first.lines
            bodyPages = content.dropFirst()
        } else {
            // No cover page: a title in large type may open the first page.
            cover = Array(content.first?.lines.prefix { style.size(of: $0) > style.bodySize + 1 } ?? [])
        }
        // A file of annex tables only: the tables' captions and headers print the body and the
        // year, so the first pages are also read whole. The information dictionary comes last.
        let first = options.metadataPages
        structure.metadata = CoverReader.read(
            CoverReader.Sources(
                cover: cover, firstPages: content.prefix(first).flatMap(\.lines),
                printed: pages.prefix(first).flatMap { lineBuilder.lines(from: $0.glyphs) }, info: info), fonts: fonts)
        return bodyPages
    }

    /// Stages 3–5: contents pages into the outline, then headings, figure captions and
    /// paragraphs from every other line.
    func readBody(
        _ bodyPages: ArraySlice<(page: Page, lines: [TextLine])>, style: BodyStyle,
        excluded: [Int: [Rect]], into structure: inout DocumentStructure
    ) {
        let oneType = !bodyPages.contains {
            $0.lines.contains {
                !style.isBody($0) && HeadingNumbering(parsing: $0.text) != nil
            }
        }
        let headings = HeadingClassifier(options: options.headings, style: style, oneType: oneType)
        var assembler = ParagraphAssembler(options: options.paragraphs, style: style, excluded: excluded)
        assembler.learnMargins(bodyPages.flatMap { entry in entry.lines.map { ($0, entry.page) } })
        for (page, lines) in bodyPages {
            if isTableOfContents(lines) {
                structure.outline += OutlineReader.entries(from: lines, labels: structure.pageLabels)
                assembler.interrupt()
                continue
            }
            var index = 0
            while index < lines.count {
                var line = lines[index]
                index += 1
                if isFigureCaption(line) {
                    structure.figureCaptions.append((line.text, page.number, line.box))
                    assembler.interrupt()
                    continue
                }
                guard let level = headings.level(of: line, pageWidth: page.width) else {
                    assembler.add(line, page: page, heading: structure.headings.indices.last)
                    continue
                }
                while index < lines.count, headings.continues(line, with: lines[index], pageWidth: page.width) {
                    line = TextLine(glyphs: line.glyphs + lines[index].glyphs, spaceGap: lineBuilder.spaceGap)
                    index += 1
                }
                if headings.isParagraph(line) {
                    for wrapped in lineBuilder.lines(from: line.glyphs) {
                        assembler.add(wrapped, page: page, heading: structure.headings.indices.last)
                    }
                    continue
                }
                assembler.interrupt()
                structure.headings.append(headings.heading(line, level: level, page: page.number))
            }
        }
        structure.paragraphs = assembler.finish()
    }

    // MARK: Page kinds

    func lines(on page: Page, outside areas: [Rect]) -> [TextLine] {
        let glyphs =
            areas.isEmpty
            ? page.glyphs
            : page.glyphs.filter { glyph in
                !areas.contains { $0.contains(x: glyph.box.midX, y: glyph.box.midY) }
            }
        return lineBuilder.lines(from: glyphs)
    }

    /// A first page with little text whose largest type names a year is a cover.
    func isCover(_ lines: [TextLine], style: BodyStyle) -> Bool {
        let characters = lines.reduce(0) { $0 + $1.glyphs.count }
        guard characters > 0, characters < options.maxCoverCharacters else { return false }
        let largest = lines.max { style.size(of: $0) < style.size(of: $1) }
        return largest.map { style.size(of: $0) > style.bodySize + 1 } ?? false
    }

    func isTableOfContents(_ lines: [TextLine]) -> Bool {
        if lines.contains(where: { $0.text.replacingOccurrences(of: " ", with: "") == "目录" }) { return true }
        return lines.filter { DotLeader.occurs(in: $0.text) }.count >= options.minContentsLeaders
    }

    func isFigureCaption(_ line: TextLine) -> Bool {
        // 图1：… — checked by hand: a regex literal is rebuilt on every call.
        guard line.glyphs.count <= 40, line.text.hasPrefix("图") else { return false }
        return line.text.dropFirst().drop { $0 == " " }.first?.isNumber == true
    }
}
