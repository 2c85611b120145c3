import PageModel

/// Joins tables that continue from one page onto the next into logical tables.
public struct TableStitcher: Sendable {
    public init() {}

    public func stitch(_ tables: [PageTable], pages: [Page]) -> [LogicalTable] {
        []
    }
}
