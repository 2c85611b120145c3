import TestSupport
import Foundation
import Testing

@Suite("gongkai schema and --help")
struct HelpAndSchemaTests {
    @Test("gongkai schema prints schemas/gongkai.schema.json")
    func schema() throws {
        let result = try Gongkai.run(["schema"])
        #expect(result.exited && result.status == 0)
        let file = try Data(contentsOf: Samples.root.appendingPathComponent("schemas/gongkai.schema.json"))
        #expect(try canonicalJSON(result.stdout) == canonicalJSON(file))
        #expect(result.stdout == file)
    }

    /// The JSON value re-encoded with sorted keys: equal for equal values, whatever the layout.
    func canonicalJSON(_ data: Data) throws -> Data {
        try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: data), options: .sortedKeys)
    }

    @Test("gongkai --help lists every exit code with its meaning")
    func help() throws {
        let result = try Gongkai.run(["--help"])
        #expect(result.exited && result.status == 0)
        let lines = result.stdoutText.split(separator: "\n")
        // The codes the CLI documents (Sources/GongkaiCLI/ExitStatus.swift).
        for code in [0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 64] {
            let line = lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\(code)\t") }
            #expect(line.map { $0.count > "\(code)\t".count + 4 } == true, "no line for exit code \(code)")
        }
    }

    @Test("gongkai --version names the schema version")
    func version() throws {
        let result = try Gongkai.run(["--version"])
        #expect(result.exited && result.status == 0)
        #expect(result.stdoutText.contains("schema 1.2.0"))
    }
}
