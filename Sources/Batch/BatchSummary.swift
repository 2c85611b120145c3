/// What a run did.
package struct BatchSummary: Sendable {
    /// One per input, in input order (fewer when the run was interrupted).
    package var records: [ManifestRecord]
    /// True when `cancel` stopped the run before every input was done.
    package var interrupted: Bool
    /// Lines of the previous manifest that did not decode (a torn last line after a crash).
    package var ignoredManifestLines: Int
    package var seconds: Double

    package init(records: [ManifestRecord], interrupted: Bool, ignoredManifestLines: Int = 0, seconds: Double) {
        self.records = records
        self.interrupted = interrupted
        self.ignoredManifestLines = ignoredManifestLines
        self.seconds = seconds
    }

    package func count(_ status: ManifestRecord.Status) -> Int {
        records.count(where: { $0.status == status })
    }

    package var failed: Int { count(.failed) }
}
