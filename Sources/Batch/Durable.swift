import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file-system calls whose order makes the batch crash-safe: data reaches the disk
/// (`fsync`) before a rename publishes it, and the rename itself is made durable by syncing the
/// folder that holds it.
enum Durable {
    struct Failure: LocalizedError, CustomStringConvertible {
        var operation: String
        var path: String
        var code: Int32
        var description: String { "\(path): \(operation) failed (\(String(cString: strerror(code))))" }
        var errorDescription: String? { description }
    }

    /// Flushes a file's or a folder's contents to the disk.
    static func sync(_ path: String, directory: Bool = false) throws {
        let fd = open(path, (directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY) | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(operation: "open", path: path, code: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw Failure(operation: "fsync", path: path, code: errno) }
    }

    /// Moves a finished file into place: its data first, then the name, then the folder entry.
    /// A crash at any point leaves either no file at `destination` or the complete one.
    static func publish(_ source: String, as destination: String) throws {
        try sync(source)
        let folder = (destination as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard rename(source, destination) == 0 else {
            throw Failure(operation: "rename to \(destination)", path: source, code: errno)
        }
        try sync(folder, directory: true)
    }

    /// Writes `data` to `path` through a temporary file beside it, synced, then renamed.
    static func replace(_ path: String, with data: Data) throws {
        let temporary = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw Failure(operation: "create", path: temporary, code: errno)
        }
        try publish(temporary, as: path)
    }

    /// Appends `bytes` with one `write` on a descriptor opened for appending, then syncs: a crash
    /// leaves either the whole line or, at worst, a torn last line.
    static func append(_ bytes: Data, to fd: Int32, path: String) throws {
        var written = 0
        try bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Failure(operation: "write", path: path, code: errno)
                }
                written += n
            }
        }
        guard fsync(fd) == 0 else { throw Failure(operation: "fsync", path: path, code: errno) }
    }
}
