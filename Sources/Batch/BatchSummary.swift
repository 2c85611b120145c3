/// What a run did.
public struct BatchSummary: Sendable {
    /// One per input, in input order (fewer when the run was interrupted).
    public var records: [ManifestRecord]
    /// True when `cancel` stopped the run before every input was done.
    public var interrupted: Bool
    /// Lines of the previous manifest that did not decode (a torn last line after a crash).
    public var ignoredManifestLines: Int
    public var seconds: Double

    public init(records: [ManifestRecord], interrupted: Bool, ignoredManifestLines: Int = 0, seconds: Double) {
        self.records = records
        self.interrupted = interrupted
        self.ignoredManifestLines = ignoredManifestLines
        self.seconds = seconds
    }

    public func count(_ status: ManifestRecord.Status) -> Int {
        records.count(where: { $0.status == status })
    }

    public var failed: Int { count(.failed) }
}
