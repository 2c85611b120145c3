import TestSupport
import Foundation
import Testing

/// The built `gongkai` executable and the package's samples/, for tests that run whole batches.
enum Gongkai {
    static let root = Samples.root

    static let samples = root.appendingPathComponent("samples")

    static let executable: URL? = BuiltExecutable.gongkai

    static func required() throws -> URL {
        try #require(executable, "gongkai is not built; run `swift build` first")
    }

    /// Starts `gongkai ARGS` in `directory` with output to files; the caller waits or kills.
    static func start(_ arguments: [String], in directory: String) throws -> Process {
        let process = Process()
        process.executableURL = try required()
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(["SWIFT_BACKTRACE": "enable=no"]) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `gongkai ARGS` in `directory` to its end; its exit status.
    @discardableResult
    static func run(_ arguments: [String], in directory: String) throws -> Int32 {
        let process = try start(arguments, in: directory)
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Reading what a batch left in its output folder.
struct BatchFolder {
    let path: String

    func manifest() throws -> [String: [String: Any]] {
        let text = try String(contentsOfFile: path + "/manifest.jsonl", encoding: .utf8)
        var records: [String: [String: Any]] = [:]
        for line in text.split(separator: "\n") {
            // A torn last line (after SIGKILL) is skipped, as the batch itself does.
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let path = object["path"] as? String
            else { continue }
            records[path] = object
        }
        return records
    }

    func statuses() throws -> [String: String] {
        try manifest().compactMapValues { $0["status"] as? String }
    }

    /// Every file below the folder, relative, hidden ones included.
    func files() -> [String] {
        let walker = FileManager.default.enumerator(atPath: path)
        var found: [String] = []
        while let name = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                found.append(name)
            }
        }
        return found.sorted()
    }

    func jsonFiles() -> [String] {
        files().filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
    }

    func data(_ relative: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path + "/" + relative))
    }
}

/// Copies of sample PDFs made distinct by a trailing comment after %%EOF (which readers
/// ignore), so each has its own sha256 and is converted on its own.
func writeVariants(of names: [String], count: Int, into folder: Scratch, under subfolder: String) throws {
    for n in 0..<count {
        let name = names[n % names.count]
        var data = try Data(contentsOf: Gongkai.samples.appendingPathComponent(name))
        data.append(Data("\n% gongkai test variant \(n)\n".utf8))
        try folder.write("\(subfolder)/\(n / 10)/\(n)-\(name)", data)
    }
}
