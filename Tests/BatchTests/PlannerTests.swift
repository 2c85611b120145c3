import Testing
@testable import Batch

@Suite("Planner: what a run converts, skips, and records as duplicate")
struct PlannerTests {
    let planner = BatchPlanner(schemaVersion: "1.0.0")

    func candidate(_ name: String, _ sha: String?, existing: OutputSummary? = nil) -> BatchPlanner.Candidate {
        BatchPlanner.Candidate(
            input: BatchInput(path: "in/\(name).pdf", location: "/in/\(name).pdf", output: "\(name).json"),
            sha256: sha, problem: sha == nil ? .init(reason: "unreadable", message: "cannot be read") : nil,
            existing: existing)
    }

    func summary(_ sha: String, version: String = "1.0.0") -> OutputSummary {
        OutputSummary(schemaVersion: version, sha256: sha, pages: 3, tables: 1, scorecards: 0, diagnostics: 0)
    }

    func failure(_ sha: String, version: String = "1.0.0") -> ManifestRecord {
        ManifestRecord(
            path: "old/x.pdf", sha256: sha, status: .failed, reason: "damaged", error: "damaged PDF",
            exitCode: 7, schemaVersion: version)
    }

    @Test func newFilesAreConverted() {
        #expect(planner.plan([candidate("a", "1"), candidate("b", "2")]) == [.convert, .convert])
    }

    @Test func currentOutputIsSkipped() {
        let output = summary("1")
        #expect(planner.plan([candidate("a", "1", existing: output)]) == [.skip(output)])
    }

    @Test func outputOfOtherContentIsConvertedAgain() {
        #expect(planner.plan([candidate("a", "1", existing: summary("2"))]) == [.convert])
    }

    @Test func outputOfOtherSchemaVersionIsConvertedAgain() {
        #expect(planner.plan([candidate("a", "1", existing: summary("1", version: "0.9.0"))]) == [.convert])
    }

    @Test func sameContentUnderTwoNamesIsConvertedOnce() {
        let plan = planner.plan([candidate("a", "1"), candidate("b", "2"), candidate("c", "1")])
        #expect(plan == [.convert, .convert, .duplicate(of: 0)])
    }

    @Test func duplicateWhoseOutputIsCurrentIsTheOneKept() {
        // b was converted by an earlier run; a is a new name for the same bytes.
        let output = summary("1")
        let plan = planner.plan([candidate("a", "1"), candidate("b", "1", existing: output)])
        #expect(plan == [.duplicate(of: 1), .skip(output)])
    }

    @Test func earlierFailureIsRepeatedWithoutAWorker() {
        let old = failure("1")
        #expect(planner.plan([candidate("a", "1")], previous: [old]) == [.repeatFailure(old)])
    }

    @Test func retryFailedConvertsEarlierFailures() {
        let retrying = BatchPlanner(schemaVersion: "1.0.0", retryFailed: true)
        #expect(retrying.plan([candidate("a", "1")], previous: [failure("1")]) == [.convert])
    }

    @Test func failureUnderAnotherSchemaVersionIsRetried() {
        #expect(planner.plan([candidate("a", "1")], previous: [failure("1", version: "0.9.0")]) == [.convert])
    }

    @Test func currentOutputWinsOverEarlierFailure() {
        let output = summary("1")
        #expect(planner.plan([candidate("a", "1", existing: output)], previous: [failure("1")]) == [.skip(output)])
    }

    @Test func duplicatesOfAFailureShareIt() {
        let old = failure("1")
        #expect(
            planner.plan([candidate("a", "1"), candidate("b", "1")], previous: [old])
                == [.repeatFailure(old), .duplicate(of: 0)])
    }

    @Test func unreadableInputFails() {
        let plan = planner.plan([candidate("a", nil)])
        #expect(plan == [.fail(.init(reason: "unreadable", message: "cannot be read"))])
    }

    @Test func successfulRecordsAreNotFailuresToRepeat() {
        let done = ManifestRecord(path: "a", sha256: "1", status: .converted, schemaVersion: "1.0.0")
        #expect(planner.plan([candidate("a", "1")], previous: [done]) == [.convert])
    }
}
