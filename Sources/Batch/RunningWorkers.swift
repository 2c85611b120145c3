#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The workers alive now, so an interrupt can kill them all; once interrupted, no new one may
/// start.
package final class RunningWorkers: Sendable {
    private struct State {
        var pids: Set<Int32> = []
        var cancelled = false
    }

    private let state = Locked(State())

    package init() {}

    /// Registers a started worker; false when the batch was interrupted meanwhile.
    func insert(_ pid: Int32) -> Bool {
        state.withLock { state in
            guard !state.cancelled else { return false }
            state.pids.insert(pid)
            return true
        }
    }

    /// Unregisters a finished worker; true when it was killed by `cancel`.
    func remove(_ pid: Int32) -> Bool {
        state.withLock { state in
            state.pids.remove(pid)
            return state.cancelled
        }
    }

    package var isCancelled: Bool { state.withLock { $0.cancelled } }

    /// Kills every running worker and refuses new ones. A worker is unregistered right after it
    /// is reaped; in that instant its pid could in theory be reused, but Linux and Darwin hand
    /// out pids in sequence, so reuse needs the whole pid space to wrap first.
    package func cancel() {
        state.withLock { state in
            state.cancelled = true
            for pid in state.pids { kill(pid, SIGKILL) }
        }
    }
}
