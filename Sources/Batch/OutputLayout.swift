/// Names of the files a batch writes in its output folder.
package enum OutputLayout {
    /// One record per input, JSON Lines.
    package static let manifest = "manifest.jsonl"
    /// Held (flock) while a batch writes to the folder, so two batches cannot interleave.
    package static let lock = ".gongkai-batch.lock"
    /// Workers write here; its contents never outlive a run.
    package static let scratch = ".gongkai-batch"

    /// `a/b.pdf` → `a/b.json`; a name without the `.pdf` suffix gets `.json` appended.
    package static func jsonName(for relativePath: String) -> String {
        relativePath.lowercased().hasSuffix(".pdf")
            ? String(relativePath.dropLast(4)) + ".json" : relativePath + ".json"
    }

    /// `name`, or — when another input already has it (`a.pdf` and `a.PDF`) — the first of
    /// `a-2.json`, `a-3.json` … that is free.
    static func unique(_ name: String, taken: inout Set<String>) -> String {
        if taken.insert(name).inserted { return name }
        let stem = String(name.dropLast(5))
        var n = 2
        while !taken.insert("\(stem)-\(n).json").inserted { n += 1 }
        return "\(stem)-\(n).json"
    }
}
