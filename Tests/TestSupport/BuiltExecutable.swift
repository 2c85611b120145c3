import Foundation

/// Where the built `gongkai` executable is: beside the test binary (both are build products),
/// else the newest .build*/debug/gongkai in the package.
public enum BuiltExecutable {
    public static let gongkai: URL? = besideTestBinary() ?? newestBuilt()

    static func besideTestBinary() -> URL? {
        let binaries = [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap { $0 }
        for binary in binaries {
            // Linux: debug/X.xctest is the binary; macOS: debug/X.xctest/Contents/MacOS/X.
            var folder = binary.resolvingSymlinksInPath().deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("gongkai")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
        }
        return nil
    }

    static func newestBuilt() -> URL? {
        let fm = FileManager.default
        let root = Samples.root
        let folders = (try? fm.contentsOfDirectory(atPath: root.path))?.filter { $0.hasPrefix(".build") } ?? []
        return
            folders
            .map { root.appendingPathComponent($0).appendingPathComponent("debug/gongkai") }
            .filter { fm.isExecutableFile(atPath: $0.path) }
            .max { modified($0) < modified($1) }
    }

    static func modified(_ url: URL) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date) ?? .distantPast
    }
}
