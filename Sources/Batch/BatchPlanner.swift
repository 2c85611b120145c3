/// Decides, without touching any file, what a batch does with each input: convert it, skip it
/// because its output is current, record it as a duplicate of another input, repeat an earlier
/// failure, or record it as failed outright.
///
/// Rules, in order, for the inputs sharing one sha256 (in input order):
/// 1. the first whose output is current (same sha256 and schema version) is skipped, so a rerun
///    never converts a file again — even when a new, earlier name for the same bytes appeared;
/// 2. otherwise, if an earlier run recorded this content as failed under this schema version (and
///    `retryFailed` is off), the first input repeats that failure without running a worker;
/// 3. otherwise the first input is converted;
/// and every other input of the group is a duplicate of the one chosen. An input without a digest
/// (missing, unreadable) fails with the reason given.
package struct BatchPlanner: Sendable {
    /// What the batch knows about one input before planning.
    package struct Candidate: Sendable, Equatable {
        package var input: BatchInput
        /// nil when the file could not be read; `problem` then says why.
        package var sha256: String?
        package var problem: Problem?
        /// The output already at `input.output`, if it exists and parses.
        package var existing: OutputSummary?

        package init(input: BatchInput, sha256: String?, problem: Problem? = nil, existing: OutputSummary? = nil) {
            self.input = input
            self.sha256 = sha256
            self.problem = problem
            self.existing = existing
        }
    }

    /// Why an input could not be hashed.
    package struct Problem: Sendable, Equatable {
        package var reason: String
        package var message: String

        package init(reason: String, message: String) {
            self.reason = reason
            self.message = message
        }
    }

    package enum Action: Sendable, Equatable {
        case convert
        case skip(OutputSummary)
        /// Same content as the candidate at this index, which is converted, skipped or failed.
        case duplicate(of: Int)
        /// The failure an earlier run recorded for this content.
        case repeatFailure(ManifestRecord)
        case fail(Problem)
    }

    package var schemaVersion: String
    package var retryFailed: Bool

    package init(schemaVersion: String, retryFailed: Bool = false) {
        self.schemaVersion = schemaVersion
        self.retryFailed = retryFailed
    }

    /// One action per candidate, in the same order. `previous` are the records of earlier runs.
    package func plan(_ candidates: [Candidate], previous: [ManifestRecord] = []) -> [Action] {
        var failures: [String: ManifestRecord] = [:]
        if !retryFailed {
            for record in previous where record.failed && record.schemaVersion == schemaVersion {
                if let sha = record.sha256 { failures[sha] = record }
            }
        }
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        var actions = [Action](repeating: .convert, count: candidates.count)
        for (index, candidate) in candidates.enumerated() {
            guard let sha = candidate.sha256 else {
                actions[index] = .fail(
                    candidate.problem ?? Problem(reason: "unreadable", message: "the input cannot be read"))
                continue
            }
            if groups[sha] == nil { order.append(sha) }
            groups[sha, default: []].append(index)
        }
        for sha in order {
            let members = groups[sha]!
            let current = members.first { index in
                candidates[index].existing?.isCurrent(sha256: sha, schemaVersion: schemaVersion) == true
            }
            let chosen = current ?? members[0]
            if let current, let summary = candidates[current].existing {
                actions[chosen] = .skip(summary)
            } else if let failure = failures[sha] {
                actions[chosen] = .repeatFailure(failure)
            } else {
                actions[chosen] = .convert
            }
            for index in members where index != chosen {
                actions[index] = .duplicate(of: chosen)
            }
        }
        return actions
    }
}
