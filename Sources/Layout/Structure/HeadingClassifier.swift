import PageModel

/// The heading stage: tells section headings from body lines by numbering and typography, and
/// joins a heading that wraps onto the next line.
///
/// Where some numbered lines are set in a heading type, typography tells headings from list
/// items; a document set in one type (`oneType`) leaves numbering as the only sign.
package struct HeadingClassifier: Sendable {
    package struct Options: Sendable, Hashable {
        /// An unnumbered line in heading type is a heading only up to this many characters.
        package var maxUnnumberedLength = 30
        /// A heading, wrapped lines joined, has at most this many characters.
        package var maxLength = 50
        /// A numbered line in body type is a heading only up to this many characters.
        package var maxStandaloneLength = 20
        /// A body-type line whose centre is within this share of the page width from the
        /// page's centre, and which starts right of `minCentredIndentShare`, is centred.
        package var centredTolerance = 0.02
        package var minCentredIndentShare = 0.2
        /// Type this many points larger than the body's is a first-level heading's.
        package var largerTypeMargin = 1.0
        /// A heading wraps only where its line runs on to at least this share of the page
        /// width; a shorter line in the same type under it is a line of its own (a 部门名称 line
        /// under a title), not the rest of the heading.
        package var minWrappedWidthShare = 0.75

        package init() {}
    }

    package var options: Options
    let style: BodyStyle
    let oneType: Bool

    init(options: Options, style: BodyStyle, oneType: Bool) {
        self.options = options
        self.style = style
        self.oneType = oneType
    }

    /// The heading level implied by typography, or nil for body text. Numbered lines in the
    /// body's own type are list items; unnumbered headings must be short and not end a sentence.
    func level(of line: TextLine, pageWidth: Double) -> Int? {
        guard let last = line.text.last, !"。；;，,：:".contains(last) else { return nil }
        // A unit, a reporting body, a form code or a bare number left over from a table's
        // caption or a page's furniture is no section title, whatever its type.
        let caption = CaptionLine(line.text)
        if caption.title == nil && (caption.unit != nil || caption.organization != nil || caption.formCode != nil)
            || line.text.allSatisfy({ $0.isNumber || "-—– ".contains($0) })
        {
            return nil
        }
        let short = line.glyphs.count <= options.maxUnnumberedLength
        let numbering = HeadingNumbering(parsing: line.text)
        if style.isBody(line) {
            // A short centred line in body type is a title (a form's or a report's subtitle).
            let centred =
                abs(line.box.midX - pageWidth / 2) < pageWidth * options.centredTolerance
                && line.box.x0 > pageWidth * options.minCentredIndentShare
            if centred && short && numbering == nil { return 2 }
            // Documents set in one type mark sections by numbering alone: a short 一、 or （一）
            // numbered line is a heading there; 1. and (1) lines are list items.
            if oneType, let numbering, numbering.level <= 3, line.glyphs.count <= options.maxStandaloneLength {
                return numbering.level
            }
            return nil
        }
        if numbering != nil { return 2 }
        guard short else { return nil }
        return style.size(of: line) > style.bodySize + options.largerTypeMargin ? 1 : 2
    }

    /// Whether `next` carries on the heading `line` (a long heading wrapped in the same type).
    /// A piece of the same baseline (a heading the line builder split at a wide gap, 第一部分
    /// ⎵⎵ 部门概况) always does.
    func continues(_ line: TextLine, with next: TextLine, pageWidth: Double) -> Bool {
        guard !style.isBody(line), style.sameType(next, as: line), HeadingNumbering(parsing: next.text) == nil
        else { return false }
        if next.box.verticalOverlap(line.box) > 0.5 * min(next.height, line.height) { return true }
        return next.box.top - line.box.bottom < line.height && line.box.x1 >= options.minWrappedWidthShare * pageWidth
    }

    /// Whether a heading candidate, wrapped lines joined, is a list paragraph after all: a
    /// numbered item that runs on into a sentence.
    func isParagraph(_ line: TextLine) -> Bool {
        line.glyphs.count > options.maxLength || line.text.last.map { "。；;".contains($0) } == true
    }

    /// The heading a classified line makes.
    func heading(_ line: TextLine, level: Int, page: Int) -> DocumentStructure.Heading {
        let numbering = HeadingNumbering(parsing: line.text)
        return DocumentStructure.Heading(
            level: numbering?.level ?? level, numbering: numbering?.text,
            title: numbering?.title ?? line.text, page: page, box: line.box)
    }
}
