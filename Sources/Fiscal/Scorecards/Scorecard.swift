/// A performance self-evaluation form (绩效自评表) read as records.
public struct Scorecard: Sendable, Hashable {
    public init() {}
}
