import Dispatch
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// SIGINT and SIGTERM stop a batch cleanly: its workers are killed, the manifest is compacted,
/// the scratch folder removed, and `received` tells the caller which signal it was. A second
/// signal exits at once (the manifest is still readable: every record was appended whole).
/// Keep the object alive for as long as the run.
package final class Interrupts {
    private let sources: [any DispatchSourceSignal]
    private let first = Locked<Int32?>(nil)

    package init(cancelling runner: BatchRunner) {
        let first = self.first
        sources = [SIGINT, SIGTERM].map { number in
            // The default action would end the batch before it can stop its workers.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                let isFirst = first.withLock { received in
                    defer { if received == nil { received = number } }
                    return received == nil
                }
                if isFirst { runner.cancel() } else { _exit(128 + number) }
            }
            source.resume()
            return source
        }
    }

    deinit {
        sources.forEach { $0.cancel() }
    }

    /// The first signal received, if any.
    package var received: Int32? { first.withLock { $0 } }
}
