import Layout

/// Reads performance self-evaluation forms (绩效自评表) out of tables.
public struct ScorecardReader: Sendable {
    public init() {}

    /// One scorecard per table that is a scorecard form, with the index of its table.
    public func scorecards(in tables: [LogicalTable]) -> [(table: Int, scorecard: Scorecard)] {
        []
    }
}
