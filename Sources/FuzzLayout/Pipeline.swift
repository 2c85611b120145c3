import Fiscal
import Layout
import PageModel

/// The pure stages in the order a report is built: tables found and stitched, structure, annex
/// line items and their arithmetic, scorecards. Results are dropped; a trap is the finding.
enum Pipeline {
    static func run(_ document: SyntheticDocument) {
        let pages = document.pages, fonts = document.fonts
        let pageTables = pages.flatMap { TableFinder().findTables(on: $0, fonts: fonts) }
        let tables = TableStitcher().stitch(pageTables, pages: pages)
        let structure = StructureAnalyzer().analyze(
            pages: pages, fonts: fonts,
            excluded: Dictionary(grouping: tables.flatMap(\.extents), by: \.page).mapValues { $0.map(\.box) },
            info: DocumentInfo())
        let annexes = AnnexTables(tables, documentKind: structure.metadata.reportKind)
        _ = AnnexReader().lineItems(in: annexes)
        _ = AnnexReader().problems(in: annexes)
        _ = ArithmeticChecker().check(annexes)
        _ = ScorecardReader().scorecards(in: tables)
    }
}
