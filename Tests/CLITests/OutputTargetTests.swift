import TestSupport
import Foundation
import Testing

/// Where `-o` and `--csv` write: regular files atomically, links through to their targets,
/// devices and FIFOs directly (never replaced by a regular file).
@Suite("gongkai output targets")
struct OutputTargetTests {
    static func type(_ path: String) throws -> FileAttributeType? {
        (try FileManager.default.attributesOfItem(atPath: path))[.type] as? FileAttributeType
    }

    @Test(
        "Extracting to /dev/null leaves it a character device",
        arguments: [
            ["extract", "samples/cjk-text.pdf", "-o", "/dev/null"],
            ["inspect", "samples/cjk-text.pdf", "--page", "1", "-o", "/dev/null"],
        ])
    func devNull(_ command: [String]) throws {
        let result = try Gongkai.run(command)
        #expect(result.exited && result.status == 0, "\(result.stderrText)")
        #expect(try Self.type("/dev/null") == .typeCharacterSpecial)
    }

    @Test("A FIFO is written directly and stays a FIFO")
    func fifo() async throws {
        let folder = try Gongkai.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("out.json").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader must be there before the writer's open returns.
        let reading = Task.detached { FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data() }
        let result = try Gongkai.run(["extract", "samples/cjk-text.pdf", "-o", fifo])
        // Had gongkai not opened the FIFO, this open ends the reader's wait (else it fails: no reader).
        close(open(fifo, O_WRONLY | O_NONBLOCK))
        let received = await reading.value
        #expect(result.exited && result.status == 0, "\(result.stderrText)")
        #expect(try Gongkai.jsonObject(received)["schema_version"] != nil)
        #expect(isFIFO(fifo))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.json"])
    }

    /// Foundation has no file type for FIFOs on every platform, so lstat says.
    func isFIFO(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO
    }

    @Test(
        "A symbolic link stays a link; its target (existing or not yet) gets the JSON, atomically",
        arguments: [true, false])
    func symlink(targetExists: Bool) throws {
        let folder = try Gongkai.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: false)
        let target = elsewhere.appendingPathComponent("report.json")
        if targetExists { try Data("old".utf8).write(to: target) }
        let link = folder.appendingPathComponent("out.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "elsewhere/report.json")

        let result = try Gongkai.run(["extract", "samples/cjk-text.pdf", "-o", link.path])
        #expect(result.exited && result.status == 0, "\(result.stderrText)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "elsewhere/report.json")
        #expect(try Gongkai.jsonObject(try Data(contentsOf: target))["schema_version"] != nil)
        // The temporary file was renamed beside the target, not left anywhere.
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path) == ["report.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["elsewhere", "out.json"])
    }

    @Test("CSV files that are links are written through them")
    func csvLink() throws {
        let folder = try Gongkai.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("csv")
        try FileManager.default.createDirectory(at: csv, withIntermediateDirectories: false)
        let kept = folder.appendingPathComponent("items.csv")
        try FileManager.default.createSymbolicLink(
            atPath: csv.appendingPathComponent("line_items.csv").path,
            withDestinationPath: kept.path)
        let result = try Gongkai.run(["extract", "samples/ruled-table.pdf", "-o", "/dev/null", "--csv", csv.path])
        #expect(result.exited && result.status == 0, "\(result.stderrText)")
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: csv.appendingPathComponent("line_items.csv").path)
                == kept.path)
        #expect(try String(contentsOf: kept, encoding: .utf8).contains("table,page,row"))
    }

    @Test("-o - and -o /dev/stdout write to standard output", arguments: ["-", "/dev/stdout"])
    func standardOutput(_ path: String) throws {
        let result = try Gongkai.run(["extract", "samples/cjk-text.pdf", "-o", path])
        #expect(result.exited && result.status == 0, "\(result.stderrText)")
        #expect(try Gongkai.jsonObject(result.stdout)["schema_version"] != nil)
    }
}
