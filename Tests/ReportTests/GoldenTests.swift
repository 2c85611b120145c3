import TestSupport
import Foundation
import Testing

@Suite("Golden reports")
struct GoldenTests {
    @Test("Each readable sample gives its golden JSON byte for byte", arguments: try Pipeline.readableSamples())
    func golden(sample: ManifestEntry) throws {
        let name = sample.file.replacingOccurrences(of: ".pdf", with: ".json")
        try Golden.check(try Pipeline.json(sample), against: name)
    }

    @Test("Every golden belongs to a sample")
    func noStrayGoldens() throws {
        let expected = Set(
            try Pipeline.readableSamples().map { $0.file.replacingOccurrences(of: ".pdf", with: ".json") })
        let present = Set(
            try FileManager.default.contentsOfDirectory(atPath: Golden.directory.path)
                .filter { $0.hasSuffix(".json") })
        #expect(present == expected)
    }
}
