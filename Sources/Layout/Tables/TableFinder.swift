import PageModel

/// Finds the tables on one page.
public struct TableFinder: Sendable {
    public init() {}

    public func findTables(on page: Page, fonts: [Font]) -> [PageTable] {
        []
    }
}
