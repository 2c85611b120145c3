import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps what poppler and the libraries under it print out of standard error. poppler-glib has
/// no error callback, and not everything goes through poppler's error() anyway: its cairo font
/// engine, cairo, fontconfig and FreeType `fprintf(stderr, …)` directly ("some font thing
/// failed"). So while a poppler call runs, file descriptor 2 points at /dev/null, and is put
/// back after: two `dup2`s per call, whatever poppler prints.
///
/// Off until a program turns it on (`PDFDocument.silencePoppler()`): descriptor 2 belongs to
/// the whole process, and a library host (a test runner reporting from other threads) may want
/// its own messages kept. A command-line tool that reads one document at a time turns it on.
/// Calls from several threads nest: the first in redirects, the last out restores.
package final class StandardErrorSilencer: @unchecked Sendable {
    package static let shared = StandardErrorSilencer()

    private let lock = NSLock()
    /// /dev/null, open once silenced; -1 while off.
    private var sink: Int32 = -1
    /// Poppler calls running now, and descriptor 2 as it was before the first of them.
    private var depth = 0
    private var saved: Int32 = -1

    /// From now on, poppler calls made through `around` print nothing.
    func silence() {
        lock.lock()
        defer { lock.unlock() }
        if sink < 0 { sink = open("/dev/null", O_WRONLY | O_CLOEXEC) }
    }

    /// Runs `body` (poppler calls) with standard error silenced, if silencing is on.
    package func around<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        let redirected = begin()
        defer { if redirected { end() } }
        return try body()
    }

    private func begin() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard sink >= 0 else { return false }
        if depth == 0 {
            saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 0)
            guard saved >= 0, dup2(sink, STDERR_FILENO) >= 0 else {
                // Cannot redirect (no descriptors left): poppler may print; nothing else changes.
                if saved >= 0 { close(saved) }
                saved = -1
                return false
            }
        }
        depth += 1
        return true
    }

    private func end() {
        lock.lock()
        defer { lock.unlock() }
        depth -= 1
        if depth == 0 {
            dup2(saved, STDERR_FILENO)
            close(saved)
            saved = -1
        }
    }
}
