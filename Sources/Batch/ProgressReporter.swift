import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Tells a person how the batch is going, on standard error: a redrawn bar on a terminal
/// (files done / total, pages per second, failures, time left), a plain line every
/// `interval` seconds otherwise (logs, CI), nothing but fatal errors when quiet.
package final class ProgressReporter: Sendable {
    package enum Style: Sendable, Equatable {
        case bar
        /// One line every so many seconds.
        case lines(every: Double)
        case quiet
    }

    package let style: Style
    private let write: @Sendable (String) -> Void
    private let state = Locked(State())

    struct State {
        var total = 0
        var done = 0
        var failed = 0
        var converted = 0
        var pages = 0
        /// Bytes of the inputs to convert, and of those whose worker has ended: the time-left
        /// estimate.
        var bytesToConvert = 0
        var bytesConverted = 0
        var started = Date()
        var lastLine = Date()
        var barShown = false
    }

    /// `write` receives every piece of text; by default it goes to standard error.
    package init(
        style: Style, write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    ) {
        self.style = style
        self.write = write
    }

    /// The style for standard error: a bar when it is a terminal, else lines every 10 s.
    package static func automatic(quiet: Bool) -> Style {
        if quiet { return .quiet }
        return isatty(STDERR_FILENO) == 1 ? .bar : .lines(every: 10)
    }

    /// How often the runner calls `tick`.
    package var tickInterval: Double { style == .bar ? 0.25 : 1 }

    package func begin(total: Int, converting: Int, bytes: Int) {
        state.withLock { state in
            state.total = total
            state.bytesToConvert = bytes
            state.started = Date()
            state.lastLine = state.started
        }
        if style != .quiet {
            note("\(total) input(s), \(converting) to convert")
        }
    }

    package func finished(_ record: ManifestRecord, bytes: Int, earlier: Bool = false) {
        let line = state.withLock { state -> String? in
            state.done += 1
            // Bytes of every worker run, failed or not: they all took their time.
            state.bytesConverted += bytes
            if record.status == .converted {
                state.converted += 1
                state.pages += record.pages ?? 0
            }
            guard record.failed else { return nil }
            state.failed += 1
            let cause = record.error ?? record.reason ?? "failed"
            return "gongkai: \(record.path): \(cause)"
                + (earlier ? " (as in an earlier run; --retry-failed tries again)" : "")
        }
        if let line { note(line) }
        if style == .bar { tick() }
    }

    /// Redraws the bar, or prints a line when one is due.
    package func tick() {
        switch style {
        case .quiet:
            return
        case .bar:
            let text = state.withLock { state -> String in
                state.barShown = true
                return Self.bar(state)
            }
            write("\r" + text + "\u{1B}[K")
        case .lines(let every):
            let text = state.withLock { state -> String? in
                guard Date().timeIntervalSince(state.lastLine) >= every else { return nil }
                state.lastLine = Date()
                return "gongkai batch: " + Self.status(state)
            }
            if let text { write(text + "\n") }
        }
    }

    /// A line of its own, above the bar when there is one.
    package func note(_ message: String) {
        guard style != .quiet else { return }
        let clear = state.withLock { state -> Bool in
            defer { state.barShown = false }
            return state.barShown
        }
        write((clear ? "\r\u{1B}[K" : "") + message + "\n")
    }

    package func end(_ summary: BatchSummary, manifest: String) {
        guard style != .quiet else { return }
        let (pages, converted, total) = state.withLock { ($0.pages, $0.converted, $0.total) }
        let inputs = summary.records.count == total ? "\(total)" : "\(summary.records.count) of \(total)"
        var parts = [
            "\(inputs) input(s)", "\(summary.count(.converted)) converted",
            "\(summary.count(.skipped)) already current", "\(summary.count(.duplicate)) duplicate(s)",
            "\(summary.failed) failed",
        ]
        if summary.interrupted { parts.append("interrupted") }
        var line = parts.joined(separator: ", ") + " in " + Self.duration(summary.seconds)
        if converted > 0 { line += String(format: " (%.1f pages/s)", Double(pages) / max(summary.seconds, 0.001)) }
        note("gongkai batch: \(line); manifest: \(manifest)")
    }

    static func bar(_ state: State, width: Int = 24) -> String {
        let fraction = state.total == 0 ? 1 : Double(state.done) / Double(state.total)
        let filled = min(width, Int((fraction * Double(width)).rounded(.down)))
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + status(state)
    }

    static func status(_ state: State) -> String {
        let elapsed = Date().timeIntervalSince(state.started)
        var parts = ["\(state.done)/\(state.total) files"]
        parts.append(String(format: "%.1f pages/s", elapsed > 0 ? Double(state.pages) / elapsed : 0))
        parts.append("\(state.failed) failed")
        if state.bytesConverted > 0, state.done < state.total, state.bytesToConvert > state.bytesConverted {
            let left = elapsed * Double(state.bytesToConvert - state.bytesConverted) / Double(state.bytesConverted)
            parts.append("about \(duration(left)) left")
        }
        return parts.joined(separator: " · ")
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return seconds < 10 ? String(format: "%.1fs", seconds) : "\(s)s" }
        if s < 3600 { return "\(s / 60)m\(String(format: "%02d", s % 60))s" }
        return "\(s / 3600)h\(String(format: "%02d", s % 3600 / 60))m"
    }
}
