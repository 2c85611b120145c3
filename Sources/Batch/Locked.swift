import Foundation

/// A value that worker threads, the progress ticker and the signal handler share, reached only
/// while its lock is held.
///
/// Why `@unchecked Sendable` is sound: the only stored state is `value`, and the only way to it is
/// `withLock`, which holds `lock` for the whole access; `T` and the closure's result are
/// `Sendable`, so nothing that is not thread-safe leaves the lock.
final class Locked<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T

    init(_ value: T) {
        self.value = value
    }

    func withLock<R: Sendable>(_ body: (inout T) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
