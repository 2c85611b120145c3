import Foundation
import Gongkai

extension PageSelection {
    /// `--pages` as `extract` and `review` take it: nil when absent, a usage error naming the
    /// file when it does not parse (checked here rather than by the argument parser, so the error
    /// is one line naming the file).
    static func argument(_ text: String?, file: String) throws -> PageSelection? {
        guard let text else { return nil }
        guard let parsed = PageSelection(argument: text) else {
            FileHandle.standardError.write(
                Data(
                    "gongkai: \(file): invalid --pages \"\(text)\" (expected e.g. 3-7, 5, 1,3-4 or 10-)\n".utf8))
            throw ExitStatus.usage.exitCode
        }
        return parsed
    }
}
