import Foundation
import Testing

@Suite("gongkai exit statuses")
struct ExitStatusTests {
    /// A bad input, the exit code documented for it (`gongkai --help`), and the file the one-line
    /// message must name.
    struct BadInput: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var status: Int32
        var names: String
        var testDescription: String { "\(status): gongkai \(arguments.joined(separator: " "))" }
    }

    static let badInputs = [
        BadInput(arguments: ["extract", "samples/no-such-file.pdf"], status: 3, names: "samples/no-such-file.pdf"),
        BadInput(arguments: ["extract", "samples"], status: 4, names: "samples"),
        BadInput(arguments: ["extract", "samples/not-a-pdf.pdf"], status: 6, names: "samples/not-a-pdf.pdf"),
        BadInput(arguments: ["extract", "samples/damaged.pdf"], status: 7, names: "samples/damaged.pdf"),
        BadInput(arguments: ["extract", "samples/encrypted.pdf"], status: 8, names: "samples/encrypted.pdf"),
        BadInput(
            arguments: ["extract", "samples/encrypted.pdf", "--password", "wrong"], status: 9,
            names: "samples/encrypted.pdf"),
        BadInput(arguments: ["extract", "samples/zero-pages.pdf"], status: 10, names: "samples/zero-pages.pdf"),
        BadInput(
            arguments: ["extract", "samples/cjk-text.pdf", "--pages", "3"], status: 11,
            names: "samples/cjk-text.pdf"),
        BadInput(
            arguments: ["extract", "samples/cjk-text.pdf", "-o", "/nonexistent-dir/x.json"], status: 12,
            names: "/nonexistent-dir/x.json"),
        BadInput(
            arguments: ["extract", "samples/scanned.pdf", "--ocr-languages", "xx_nonesuch"], status: 13,
            names: "samples/scanned.pdf"),
        // A nanosecond: over once the first page is read, whatever the machine.
        BadInput(
            arguments: ["extract", "samples/cjk-text.pdf", "--time-limit", "0.000000001"], status: 14,
            names: "samples/cjk-text.pdf, page 1"),
        BadInput(
            arguments: ["extract", "samples/cjk-text.pdf", "--pages", "x-y"], status: 64,
            names: "samples/cjk-text.pdf"),
        BadInput(
            arguments: ["extract", "samples/cjk-text.pdf", "--time-limit", "0"], status: 64,
            names: "samples/cjk-text.pdf"),
        BadInput(
            arguments: ["extract", "samples/cjk-text.pdf", "--ocr-dpi", "10"], status: 64,
            names: "samples/cjk-text.pdf"),
    ]

    @Test(
        "Each bad input exits with its code and one line on standard error naming the file",
        arguments: badInputs)
    func badInput(_ input: BadInput) throws {
        let result = try Gongkai.run(input.arguments)
        #expect(result.exited, "killed by signal \(result.status)")
        #expect(result.status == input.status)
        #expect(result.stdout.isEmpty)
        let lines = result.stderrText.split(separator: "\n").filter { !$0.isEmpty }
        #expect(lines.count == 1, "standard error: \(result.stderrText)")
        #expect(lines.first?.hasPrefix("gongkai: ") == true)
        #expect(lines.first?.contains(input.names) == true)
    }

    @Test(
        "A failed extraction with -o leaves no output and no temporary file behind",
        arguments: [
            ["samples/no-such-file.pdf"], ["samples/damaged.pdf"], ["samples/cjk-text.pdf", "--pages", "3"],
        ])
    func noOutputOnFailure(input: [String]) throws {
        let folder = try Gongkai.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Gongkai.run(["extract"] + input + ["-o", folder.appendingPathComponent("out.json").path])
        #expect(result.exited && result.status != 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("An output path that cannot be replaced fails with 12 and leaves no temporary file")
    func unwritableOutput() throws {
        let folder = try Gongkai.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let occupied = folder.appendingPathComponent("out.json")  // a folder where the file should go
        try FileManager.default.createDirectory(at: occupied, withIntermediateDirectories: false)
        let result = try Gongkai.run(["extract", "samples/cjk-text.pdf", "-o", occupied.path])
        #expect(result.exited && result.status == 12)
        #expect(result.stderrText.hasPrefix("gongkai: \(occupied.path): "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: occupied.path).isEmpty)
    }
}
