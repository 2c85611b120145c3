import Foundation
import Testing
@testable import Batch

@Suite("--shard K/N")
struct ShardTests {
    @Test func parsesOnlyKBelowN() {
        #expect(Shard("0/3") == Shard(index: 0, count: 3))
        #expect(Shard("2/3")?.description == "2/3")
        for bad in ["3/3", "-1/3", "1/0", "1", "a/b", "1/2/3", ""] { #expect(Shard(bad) == nil, "\(bad)") }
    }

    /// Every input is in exactly one part, whatever N, and the parts are not all in one.
    @Test func partsCoverTheInputsOnceEach() {
        let inputs = (0..<500).map { n in
            BatchInput(
                path: "in/\(n % 7)/file-\(n).pdf", location: "/x/in/\(n % 7)/file-\(n).pdf",
                output: "\(n % 7)/file-\(n).json")
        }
        for count in [1, 2, 3, 8] {
            let parts = (0..<count).map { k in inputs.filter { Shard(index: k, count: count)!.contains($0) } }
            #expect(parts.map(\.count).reduce(0, +) == inputs.count)
            #expect(Set(parts.flatMap { $0.map(\.output) }).count == inputs.count)
            #expect(parts.allSatisfy { $0.count > inputs.count / count / 2 }, "roughly even: \(parts.map(\.count))")
        }
    }

    /// Three copies of one command with --shard 0/3, 1/3, 2/3 convert every sample once.
    @Test func threeShardsOfOneBatchConvertEachFileOnce() throws {
        let scratch = try Scratch()
        var seen: [String: Int] = [:]
        for k in 0..<3 {
            let status = try Gongkai.run(
                [
                    "batch", "samples", "--out", scratch.path("out-\(k)"), "--quiet",
                    "--shard", "\(k)/3",
                ], in: Gongkai.root.path)
            #expect(status == 0 || status == 2)
            for path in try BatchFolder(path: scratch.path("out-\(k)")).statuses().keys { seen[path, default: 0] += 1 }
        }
        let samples = try FileManager.default.contentsOfDirectory(atPath: Gongkai.samples.path).filter {
            $0.hasSuffix(".pdf")
        }
        #expect(Set(seen.keys) == Set(samples.map { "samples/" + $0 }))
        #expect(seen.values.allSatisfy { $0 == 1 })
        #expect(
            try Gongkai.run(["batch", "samples", "--out", scratch.path("x"), "--shard", "3/3"], in: Gongkai.root.path)
                == 64)
    }
}
