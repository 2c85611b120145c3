import Fiscal
import Layout
import PageModel

/// Builds the report of one document from its pages, in stages:
/// 1. page diagnostics (blank, scanned, unmapped text),
/// 2. tables per page, then joined across pages,
/// 3. headings, paragraphs, outline and metadata from the text outside the tables,
/// 4. the output model, with geometry when asked for.
package struct ReportBuilder: Sendable {
    package struct Options: Sendable {
        /// Add each page's characters, lines, rulings and fills, and the font table.
        package var geometry = false

        package init(geometry: Bool = false) {
            self.geometry = geometry
        }
    }

    package var options: Options
    package var tableFinder = TableFinder()
    package var tableStitcher = TableStitcher()
    package var lineBuilder = LineBuilder()
    package var structureAnalyzer = StructureAnalyzer()
    package var scorecardReader = ScorecardReader()

    package init(options: Options = Options()) {
        self.options = options
    }

    /// - Parameters:
    ///   - source: the file, its digest and page count, and the pages chosen.
    ///   - pages: the pages read, in order.
    ///   - fonts: the document's font table.
    ///   - rulingsAvailable: whether the reader could record drawn lines.
    ///   - info: the PDF's document information (title, author), a fallback for metadata.
    package func build(
        source: Source, pages: [Page], fonts: [Font], rulingsAvailable: Bool,
        info: DocumentInfo = DocumentInfo(), openingMessages: ReaderMessages? = nil
    ) -> Report {
        var diagnostics = pages.flatMap(PageDiagnostics.check)
        if let openingMessages {
            diagnostics.insert(
                Diagnostic(
                    .warning, .readerMessages, page: nil,
                    message: openingMessages.summary(reading: "opening the file")),
                at: 0)
        }
        if !rulingsAvailable {
            diagnostics.insert(
                Diagnostic(
                    .warning, .rulingsUnavailable, page: nil,
                    message: "drawn lines could not be read in this process; tables are found from text alignment only"),
                at: 0)
        }
        let pageTables = pages.flatMap { tableFinder.findTables(on: $0, fonts: fonts) }
        let tables = tableStitcher.stitch(pageTables, pages: pages)
        let structure = structureAnalyzer.analyze(
            pages: pages, fonts: fonts,
            excluded: Dictionary(grouping: tables.flatMap(\.extents), by: \.page).mapValues { $0.map(\.box) },
            info: info)
        diagnostics += OutlineCheck.unmatchedEntries(structure, tableTitles: tables.compactMap(\.caption.title))
        if let incomplete = MetadataCheck.incomplete(structure.metadata, pages: pages) {
            diagnostics.append(incomplete)
        }
        let annexes = AnnexTables(tables, documentKind: structure.metadata.reportKind)
        let kinds = annexes.kinds
        let ids = tables.indices.map { "t\($0 + 1)" }
        let annexReader = AnnexReader()
        let lineItems = annexReader.lineItems(in: annexes)
        diagnostics += annexReader.problems(in: annexes).map { AnnexEmitter.diagnostic($0, tableID: ids[$0.table]) }
        for (index, table) in tables.enumerated() where table.caption.title == nil {
            guard let unread = table.caption.unread else { continue }
            diagnostics.append(
                Diagnostic(
                    .info, .captionUnread, page: table.pages.first, table: ids[index],
                    message:
                        "table \(ids[index]) has no title: the line above it, \"\(unread)\", reads as neither a title nor a caption line"
                ))
        }
        diagnostics += ArithmeticChecker().check(annexes).failures.map {
            AnnexEmitter.diagnostic($0, tableID: ids[$0.table])
        }
        let scorecards = scorecardReader.scorecards(in: tables)
        for (index, scorecard) in scorecards {
            let table = tables[index]
            for failure in scorecard.checkFailures {
                diagnostics.append(
                    Diagnostic(
                        .warning,
                        failure.kind == .scoreAboveWeight ? .scorecardScoreAboveWeight : .scorecardTotalMismatch,
                        page: table.rowPages.indices.contains(failure.row)
                            ? table.rowPages[failure.row] : table.pages.first,
                        table: ids[index], row: failure.row,
                        message: "table \(ids[index]), row \(failure.row): \(failure.message)"))
            }
        }
        return Report(
            schemaVersion: ReportSchema.version,
            source: source,
            metadata: Metadata(structure.metadata),
            pages: pages.map(pageInfo),
            fonts: options.geometry ? fonts.enumerated().map(fontInfo) : nil,
            headings: structure.headings.map {
                Heading(level: $0.level, numbering: $0.numbering, title: $0.title, page: $0.page, bbox: bbox($0.box))
            },
            paragraphs: structure.paragraphs.map { Paragraph(text: $0.text, page: $0.page, bbox: bbox($0.box)) },
            outline: structure.outline.map {
                OutlineEntry(
                    level: $0.level, numbering: $0.numbering, title: $0.title,
                    printedPage: $0.printedPage, page: $0.page)
            },
            figures: structure.figureCaptions.map { Figure(caption: $0.text, page: $0.page, bbox: bbox($0.box)) },
            pageLabels: structure.pageLabels.isEmpty
                ? nil
                : structure.pageLabels.sorted { $0.key < $1.key }.map { PageLabel(page: $0.key, label: $0.value) },
            tables: tables.indices.map { TableEmitter.table(tables[$0], id: ids[$0], kind: kinds[$0]) },
            scorecards: scorecards.map { ScorecardEmitter.record($0.scorecard, table: ids[$0.table]) },
            lineItems: lineItems.map { AnnexEmitter.record($0, tableID: ids[$0.table]) },
            diagnostics: diagnostics
        )
    }

    func pageInfo(_ page: Page) -> PageInfo {
        var info = PageInfo(
            number: page.number, width: rounded(page.width), height: rounded(page.height),
            rotation: page.rotation,
            cropBox: [page.cropBox.x0, page.cropBox.top, page.cropBox.x1, page.cropBox.bottom].map(rounded),
            characterCount: page.glyphs.count)
        if let ocr = page.ocr {
            info.source = "ocr"
            info.ocr = OCRInfo(
                engine: ocr.engine, dpi: rounded(ocr.dpi), skewDegrees: rounded(ocr.skewDegrees),
                meanConfidence: ocr.meanConfidence.map(rounded))
        }
        guard options.geometry else { return info }
        info.rulings = page.rulings.map {
            RulingInfo(
                x0: rounded($0.x0), top: rounded($0.top), x1: rounded($0.x1),
                bottom: rounded($0.bottom), width: rounded($0.width))
        }
        info.fills = page.fills.map { FillInfo(bbox: bbox($0.box), color: $0.color) }
        info.lines = lineBuilder.lines(from: page.glyphs).map {
            LineInfo(text: $0.text, bbox: bbox($0.box), font: $0.font)
        }
        info.characters = page.glyphs.map {
            CharacterInfo(c: String($0.scalar), bbox: bbox($0.box), font: $0.font)
        }
        return info
    }

    func fontInfo(_ index: Int, _ font: Font) -> FontInfo {
        FontInfo(
            id: index, name: font.name, size: rounded(font.size), bold: font.isBold,
            italic: font.isItalic)
    }
}

extension Metadata {
    init(_ found: DocumentStructure.Metadata) {
        self.init(
            title: found.title, organization: found.organization, fiscalYear: found.fiscalYear,
            reportKind: found.reportKind, publishedOn: found.publishedOn)
    }
}

/// Coordinates are kept at full precision while analysing and rounded to 0.01 pt when written.
func rounded(_ value: Double) -> Double {
    (value * 100).rounded() / 100
}

func bbox(_ box: Rect) -> [Double] {
    [box.x0, box.top, box.x1, box.bottom].map(rounded)
}
