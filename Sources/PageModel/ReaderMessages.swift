/// What the PDF library reported while reading (a damaged cross-reference table, a broken
/// content stream, a font it could not load): how many messages, and the first in its words.
package struct ReaderMessages: Sendable, Equatable {
    package var count: Int
    package var first: String

    package init(count: Int, first: String) {
        self.count = count
        self.first = first
    }

    /// "poppler reported 3 problems reading it; the first: Syntax error at position 410: …".
    package func summary(reading what: String) -> String {
        let problems = count == 1 ? "a problem" : "\(count) problems"
        return "poppler reported \(problems) \(what); the first: \(first)"
    }
}
