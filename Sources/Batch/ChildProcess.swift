import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A program started with `posix_spawn` and reaped by a thread of its own, so its end can be
/// awaited with a time limit.
///
/// Foundation's `Process` would do, but on Linux it keeps a few kilobytes per started process
/// (about 6 KB more when an environment is set), and a batch starts thousands: its memory would
/// grow with the number of files.
final class ChildProcess: Sendable {
    let pid: pid_t
    /// Filled by the reaping thread: the raw status from `waitpid`.
    private let status = Locked<Int32?>(nil)
    private let ended = DispatchSemaphore(value: 0)

    struct LaunchFailure: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "cannot start \(path): \(String(cString: strerror(code)))" }
    }

    /// How the child ended.
    enum Termination: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    /// Starts `executable` with standard input and output on /dev/null and standard error on
    /// `errorDescriptor` (every other descriptor of the batch is opened close-on-exec), an empty
    /// signal mask, and the default action for the signals a batch ignores (SIGINT, SIGTERM) or
    /// a terminal sends.
    init(executable: String, arguments: [String], environment: [String: String], errorDescriptor: Int32) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, errorDescriptor, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), defaults = sigset_t()
        sigemptyset(&none)
        sigemptyset(&defaults)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE] { sigaddset(&defaults, number) }
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var child: pid_t = 0
        let code = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard code == 0 else { throw LaunchFailure(path: executable, code: code) }
        pid = child

        // A blocking waitpid on a thread of its own: no SIGCHLD handler, no polling.
        let status = self.status, ended = self.ended, started = child
        Thread.detachNewThread {
            var raw: Int32 = 0
            while waitpid(started, &raw, 0) == -1, errno == EINTR {}
            status.withLock { $0 = raw }
            ended.signal()
        }
    }

    /// Waits for the child to end; nil when `seconds` pass first (the child still runs).
    func wait(seconds: Double) -> Termination? {
        guard ended.wait(timeout: .now() + seconds) == .success else { return nil }
        ended.signal()  // later waits return at once
        return termination
    }

    /// Waits for the child to end, however long it takes.
    func wait() -> Termination {
        ended.wait()
        ended.signal()
        return termination!
    }

    /// Sends `signal`, unless the child has been reaped (its pid may then be another's).
    func send(_ signal: Int32) {
        status.withLock { if $0 == nil { _ = kill(pid, signal) } }
    }

    private var termination: Termination? {
        guard let raw = status.withLock({ $0 }) else { return nil }
        // The wait-status macros are not imported into Swift: the low 7 bits hold the signal
        // that ended the child (0 when it exited), the next 8 its exit status.
        let signal = raw & 0x7f
        return signal == 0 ? .exited((raw >> 8) & 0xff) : .signalled(signal)
    }
}
