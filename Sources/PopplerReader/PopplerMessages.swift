internal import CCairoTap
import PageModel

/// Poppler's own messages (poppler-glib logs them to GLib, domain "Poppler"), collected around
/// the calls that open a document or read a page, so they become diagnostics ("Syntax error at
/// position 410: Too many args in content stream") rather than lost or printed.
enum PopplerMessages {
    /// Runs `body` (poppler calls on this thread) and gives what poppler reported meanwhile,
    /// nil for nothing. Not nested: an inner collection ends the outer one.
    static func collecting<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> (T, ReaderMessages?) {
        CCairoTap_capturePopplerMessages()
        CCairoTap_beginMessages()
        let result: T
        do {
            result = try body()
        } catch {
            _ = CCairoTap_endMessages()
            throw error
        }
        var collected = CCairoTap_endMessages()
        guard collected.count > 0 else { return (result, nil) }
        var first = withUnsafeBytes(of: &collected.first) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        // Poppler writes control characters as <xx>: a message's own line end is "<0a>".
        while first.hasSuffix("<0a>") { first.removeLast(4) }
        return (result, ReaderMessages(count: Int(collected.count), first: first))
    }
}
