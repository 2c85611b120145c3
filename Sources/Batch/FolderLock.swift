import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock` on a file in the output folder, held for the life of the object, so two
/// batches never write one folder at once. The kernel drops it when the process dies, however it
/// dies, so a killed batch never leaves the folder locked.
package final class FolderLock {
    private let fd: Int32

    struct Busy: LocalizedError, CustomStringConvertible {
        var folder: String
        var description: String { "\(folder): another batch is writing to this folder" }
        var errorDescription: String? { description }
    }

    package init(_ path: String) throws {
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Durable.Failure(operation: "open", path: path, code: errno) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw Busy(folder: (path as NSString).deletingLastPathComponent)
        }
    }

    deinit {
        close(fd)
    }
}
