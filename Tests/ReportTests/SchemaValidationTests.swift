import TestSupport
import Foundation
import Testing

@Suite("Goldens against the schema")
struct SchemaValidationTests {
    static let python = URL(fileURLWithPath: "/usr/bin/env")

    /// Why the validator cannot run here, or nil when it can.
    static let unavailable: String? = {
        guard let probe = try? Subprocess.run(python, ["python3", "-c", "import jsonschema"]) else {
            return "cannot start /usr/bin/env"
        }
        if probe.exited && probe.status == 0 { return nil }
        return probe.stderrText.contains("No module named")
            ? "python3 has no jsonschema module (pip install jsonschema)"
            : "python3 is not available"
    }()

    @Test("scripts/validate-goldens accepts every golden", .disabled(if: unavailable != nil, "\(unavailable ?? "")"))
    func validate() throws {
        let result = try Subprocess.run(Self.python, ["python3", "scripts/validate-goldens"], in: Samples.root)
        #expect(result.exited && result.status == 0, "\(result.stdoutText)\(result.stderrText)")
        #expect(result.stdoutText.split(separator: "\n").count >= (try Pipeline.readableSamples().count))
    }
}
