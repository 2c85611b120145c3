/// Everything a batch run needs; the CLI fills it in from its arguments.
public struct BatchOptions: Sendable {
    /// Files, folders and list files, as `InputDiscovery` reads them.
    public var inputs: [String]
    /// Where the JSON files and `manifest.jsonl` go; created when missing.
    public var outputDirectory: String
    /// Workers running at once (≥ 1).
    public var jobs: Int
    public var worker: Worker
    /// The schema version outputs must have to count as current.
    public var schemaVersion: String
    /// Convert again inputs an earlier run recorded as failed (default: repeat the failure).
    public var retryFailed: Bool
    /// The name and meaning of a worker's exit status, e.g. 7 → ("damaged", "the PDF is …").
    public var describeExit: @Sendable (Int32) -> (reason: String, meaning: String)?
    /// Only this part of the inputs (`--shard K/N`); nil for all of them.
    public var shard: Shard?

    public init(inputs: [String], outputDirectory: String, jobs: Int, worker: Worker, schemaVersion: String,
                retryFailed: Bool = false, shard: Shard? = nil,
                describeExit: @escaping @Sendable (Int32) -> (reason: String, meaning: String)? = { _ in nil }) {
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
