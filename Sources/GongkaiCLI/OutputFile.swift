import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes an output the user named. A regular file (or a new one) is replaced atomically: the
/// data goes to a temporary file beside it, which is then renamed over it, so a failure never
/// leaves half a file. A symbolic link is followed and its target replaced that way, so the link
/// stays a link. Anything else that can be written (a character or block device such as
/// /dev/null, a FIFO, a socket, standard output as "-" or /dev/stdout) is written directly: a
/// rename would put a regular file where the device was.
enum OutputFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Links followed before giving up, as the kernel does (ELOOP).
    static let maximumLinks = 40

    static func write(_ data: Data, to path: String) throws(Failure) {
        if path == "-" {
            try writeAll(data, to: STDOUT_FILENO, path: path)
            return
        }
        var info = stat()
        // stat follows links: a link to a device is written like the device.
        if stat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { throw Failure(description: "is a directory") }
            if type != S_IFREG {
                try writeDirectly(data, to: path)
                return
            }
        }
        let target = try finalTarget(of: path)
        // /proc/self/fd/N and /dev/fd/N name descriptors (stdout redirected to a file): writing
        // through them is what the caller meant; a rename beside them cannot work.
        if target.hasPrefix("/proc/") || target.hasPrefix("/dev/fd/") {
            try writeDirectly(data, to: path)
            return
        }
        try replaceAtomically(target, with: data)
    }

    /// `path` with symbolic links followed to the last one's target (which may not exist yet).
    static func finalTarget(of path: String) throws(Failure) -> String {
        var current = path
        for _ in 0...maximumLinks {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            guard let link = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                throw Failure(description: "cannot read the symbolic link \(current)")
            }
            current =
                link.hasPrefix("/")
                ? link : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
        }
        throw Failure(description: "too many levels of symbolic links")
    }

    static func writeDirectly(_ data: Data, to path: String) throws(Failure) {
        // No O_TRUNC needed for devices and FIFOs; a regular file behind /proc/self/fd is
        // truncated so no old bytes are left after the new ones.
        let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        defer { close(fd) }
        try writeAll(data, to: fd, path: path)
    }

    static func replaceAtomically(_ path: String, with data: Data) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
            .path
        // 0o666 less the umask, like any new file; an existing file keeps its mode.
        var existing = stat()
        let mode = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o666
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        guard fd >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        do {
            defer { close(fd) }
            if mode != 0o666 { fchmod(fd, mode_t(mode)) }
            try writeAll(data, to: fd, path: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(description: reason)
        }
    }

    static func writeAll(_ data: Data, to fd: Int32, path: String) throws(Failure) {
        let failure: Int32? = data.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                #if canImport(Glibc)
                    let n = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
                #else
                    let n = Darwin.write(fd, buffer.baseAddress! + written, buffer.count - written)
                #endif
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += n
            }
            return nil
        }
        if let failure { throw Failure(description: String(cString: strerror(failure))) }
    }
}
