import ArgumentParser
import Foundation
import Review

/// The folder a review is written into: every file atomically, subfolders made as needed.
struct ReviewSite {
    var folder: String

    var index: String { (folder as NSString).appendingPathComponent("index.html") }

    /// Runs `body` with a writer into the folder; a file that cannot be written ends the command
    /// with the output-failed status, naming the file.
    func writing<T>(_ body: (SiteWriter) throws -> T) throws -> T {
        var made = Set<String>()
        let write: SiteWriter = { path, data in
            let target = (folder as NSString).appendingPathComponent(path)
            let parent = (target as NSString).deletingLastPathComponent
            do {
                if made.insert(parent).inserted {
                    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                }
                try OutputFile.write(data, to: target)
            } catch {
                FileHandle.standardError.write(Data("gongkai: \(target): cannot write the review (\(error))\n".utf8))
                throw ExitStatus.outputFailed.exitCode
            }
        }
        return try body(write)
    }
}
