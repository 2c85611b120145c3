import Foundation
import PageModel

/// Rebuilds a document's reading structure from the text outside its tables, in stages:
/// 1. lines per page, with running headers, footers and page numbers removed (their numbers
///    become page labels);
/// 2. the cover (metadata) and the table of contents (outline) set apart;
/// 3. every other line classified as heading, figure caption or body text;
/// 4. body lines joined into paragraphs, across page breaks where the text runs on.
public struct StructureAnalyzer: Sendable {
    /// A line indented by more than this many character heights starts a paragraph.
    public var indentThreshold = 0.8
    /// A line ending more than this many character heights short of the text's right edge
    /// ends its paragraph.
    public var shortLineThreshold = 1.2
    /// A vertical gap larger than this many line heights separates paragraphs.
    public var paragraphGap = 1.0
    /// An unnumbered line in heading type is a heading only up to this many characters.
    public var maxUnnumberedHeadingLength = 30
    /// A heading, wrapped lines joined, has at most this many characters.
    public var maxHeadingLength = 50
    /// A numbered line in body type is a heading only up to this many characters.
    public var maxStandaloneHeadingLength = 20
    public var lineBuilder = LineBuilder()

    public init() {}

    /// - Parameter excluded: per page number, the areas tables occupy (grid, caption, notes);
    ///   their text is not body text.
    ///   `info`: the document information dictionary, the last resort for the year and body.
    public func analyze(pages: [Page], fonts: [Font], excluded: [Int: [Rect]],
                        info: DocumentInfo = DocumentInfo()) -> DocumentStructure {
        var structure = DocumentStructure()
        let pageLines = pages.map { page in
            (page: page, lines: lines(on: page, outside: excluded[page.number] ?? []))
        }
        let furniture = PageFurniture(linesByPage: pageLines.map { ($0.page.height, $0.lines) })
        var content: [(page: Page, lines: [TextLine])] = []
        for (page, lines) in pageLines {
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
            content.append((page, kept))
        }

        let style = BodyStyle(lines: content.flatMap(\.lines), fonts: fonts)
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
        structure.metadata = CoverReader.read(CoverReader.Sources(
            cover: cover, firstPages: content.prefix(3).flatMap(\.lines),
            printed: pages.prefix(3).flatMap { lineBuilder.lines(from: $0.glyphs) }, info: info), fonts: fonts)

        // Where some numbered lines are set in a heading type, typography tells headings from
        // list items; a document set in one type leaves numbering as the only sign.
        let oneType = !bodyPages.contains { $0.lines.contains {
            !style.isBody($0) && HeadingNumbering(parsing: $0.text) != nil
        } }
        var assembler = ParagraphAssembler(analyzer: self, style: style, excluded: excluded)
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
                    structure.figureCaptions.append((line.text, page.number))
                    assembler.interrupt()
                    continue
                }
                guard let heading = headingKind(line, on: page, style: style, oneType: oneType) else {
                    assembler.add(line, page: page, heading: structure.headings.indices.last)
                    continue
                }
                // A long heading wraps onto lines in the same (heading) type.
                while index < lines.count, !style.isBody(line), style.sameType(lines[index], as: line),
                      HeadingNumbering(parsing: lines[index].text) == nil,
                      lines[index].box.top - line.box.bottom < line.height {
                    line = TextLine(glyphs: line.glyphs + lines[index].glyphs, spaceGap: lineBuilder.spaceGap)
                    index += 1
                }
                // A numbered item that runs on into a sentence is a list paragraph after all.
                if line.glyphs.count > maxHeadingLength || line.text.last.map({ "。；;".contains($0) }) == true {
                    for wrapped in lineBuilder.lines(from: line.glyphs) {
                        assembler.add(wrapped, page: page, heading: structure.headings.indices.last)
                    }
                    continue
                }
                assembler.interrupt()
                let numbering = HeadingNumbering(parsing: line.text)
                structure.headings.append(DocumentStructure.Heading(
                    level: numbering?.level ?? heading,
                    numbering: numbering?.text,
                    title: numbering?.title ?? line.text,
                    page: page.number, box: line.box))
            }
        }
        structure.paragraphs = assembler.finish()
        structure.outline = OutlineReader.mapPages(structure.outline, labels: structure.pageLabels)
        return structure
    }

    func lines(on page: Page, outside areas: [Rect]) -> [TextLine] {
        let glyphs = areas.isEmpty ? page.glyphs : page.glyphs.filter { glyph in
            !areas.contains { $0.contains(x: glyph.box.midX, y: glyph.box.midY) }
        }
        return lineBuilder.lines(from: glyphs)
    }

    /// A first page with little text whose largest type names a year is a cover.
    func isCover(_ lines: [TextLine], style: BodyStyle) -> Bool {
        let characters = lines.reduce(0) { $0 + $1.glyphs.count }
        guard characters > 0, characters < 300 else { return false }
        let largest = lines.max { style.size(of: $0) < style.size(of: $1) }
        return largest.map { style.size(of: $0) > style.bodySize + 1 } ?? false
    }

    func isTableOfContents(_ lines: [TextLine]) -> Bool {
        if lines.contains(where: { $0.text.replacingOccurrences(of: " ", with: "") == "目录" }) { return true }
        return lines.filter { OutlineReader.hasLeader($0.text) }.count >= 3
    }

    func isFigureCaption(_ line: TextLine) -> Bool {
        // 图1：… — checked by hand: a regex literal is rebuilt on every call.
        guard line.glyphs.count <= 40, line.text.hasPrefix("图") else { return false }
        return line.text.dropFirst().drop { $0 == " " }.first?.isNumber == true
    }

    /// The heading level implied by typography, or nil for body text. Numbered lines in the
    /// body's own type are list items; unnumbered headings must be short and not end a sentence.
    func headingKind(_ line: TextLine, on page: Page, style: BodyStyle, oneType: Bool) -> Int? {
        guard let last = line.text.last, !"。；;，,：:".contains(last) else { return nil }
        // A unit, a reporting body, a form code or a bare number left over from a table's
        // caption or a page's furniture is no section title, whatever its type.
        let caption = CaptionLine(line.text)
        if caption.title == nil && (caption.unit != nil || caption.organization != nil || caption.formCode != nil)
            || line.text.allSatisfy({ $0.isNumber || "-—– ".contains($0) }) {
            return nil
        }
        let short = line.glyphs.count <= maxUnnumberedHeadingLength
        if style.isBody(line) {
            let numbering = HeadingNumbering(parsing: line.text)
            // A short centred line in body type is a title (a form's or a report's subtitle).
            let centred = abs(line.box.midX - page.width / 2) < page.width * 0.02
                && line.box.x0 > page.width * 0.2
            if centred && short && numbering == nil { return 2 }
            // Documents set in one type mark sections by numbering alone: a short 一、 or （一）
            // numbered line is a heading there; 1. and (1) lines are list items.
            if oneType, let numbering, numbering.level <= 3, line.glyphs.count <= maxStandaloneHeadingLength {
                return numbering.level
            }
            return nil
        }
        if HeadingNumbering(parsing: line.text) != nil { return 2 }
        guard short else { return nil }
        return style.size(of: line) > style.bodySize + 1 ? 1 : 2
    }
}
