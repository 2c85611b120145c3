import Foundation
import Testing

/// The batch runs one worker process per PDF because poppler is not safe to share across
/// threads (POPPLER.md, Threads). This stress test is the evidence that the choice holds under
/// load: many documents converted four at a time give exactly the JSON that converting each
/// alone gives.
@Suite("Worker isolation under load", .serialized)
struct IsolationStressTests {
    @Test func parallelWorkersMatchSequentialConversion() throws {
        let scratch = try Scratch()
        let names = ["cjk-text.pdf", "ruled-table.pdf", "filled-rule-table.pdf", "rotated.pdf", "scanned.pdf"]
        try writeVariants(of: names, count: 40, into: scratch, under: "in")
        let status = try Gongkai.run(["batch", "in", "--out", "out", "--quiet", "--jobs", "4"], in: scratch.root)
        #expect(status == 0)

        // Each sample converted alone, with nothing else running.
        var alone: [String: NSDictionary] = [:]
        for name in names {
            let output = scratch.path("alone-\(name).json")
            try Gongkai.run(
                ["extract", Gongkai.samples.appendingPathComponent(name).path, "-o", output], in: scratch.root)
            alone[name] = try body(Data(contentsOf: URL(fileURLWithPath: output)))
        }
        let out = BatchFolder(path: scratch.path("out"))
        let files = out.jsonFiles()
        #expect(files.count == 40)
        for file in files {
            // "3/31-rotated.json" came from rotated.pdf.
            let base = try #require(
                names.first { file.hasSuffix("-" + $0.replacingOccurrences(of: ".pdf", with: ".json")) })
            #expect(try body(out.data(file)) == alone[base], "\(file) differs from converting \(base) alone")
        }
    }

    /// The JSON without `source`, which names the file and its digest.
    func body(_ data: Data) throws -> NSDictionary {
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        object["source"] = nil
        return object as NSDictionary
    }
}
