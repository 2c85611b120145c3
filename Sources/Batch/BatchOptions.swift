/// Everything a batch run needs; the CLI fills it in from its arguments.
package struct BatchOptions: Sendable {
    /// Files, folders and list files, as `InputDiscovery` reads them.
    package var inputs: [String]
    /// Where the JSON files and `manifest.jsonl` go; created when missing.
    package var outputDirectory: String
    /// Workers running at once (≥ 1).
    package var jobs: Int
    package var worker: Worker
    /// The schema version outputs must have to count as current.
    package var schemaVersion: String
    /// Convert again inputs an earlier run recorded as failed (default: repeat the failure).
    package var retryFailed: Bool
    /// The name and meaning of a worker's exit status, e.g. 7 → ("damaged", "the PDF is …").
    package var describeExit: @Sendable (Int32) -> (reason: String, meaning: String)?
    /// Only this part of the inputs (`--shard K/N`); nil for all of them.
    package var shard: Shard?

    package init(
        inputs: [String], outputDirectory: String, jobs: Int, worker: Worker, schemaVersion: String,
        retryFailed: Bool = false, shard: Shard? = nil,
        describeExit: @escaping @Sendable (Int32) -> (reason: String, meaning: String)? = { _ in nil }
    ) {
        self.inputs = inputs
        self.outputDirectory = outputDirectory
        self.jobs = max(1, jobs)
        self.worker = worker
        self.schemaVersion = schemaVersion
        self.retryFailed = retryFailed
        self.describeExit = describeExit
        self.shard = shard
    }
}
