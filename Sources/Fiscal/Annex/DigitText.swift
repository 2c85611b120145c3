/// Plain character checks on printed numbers. Regex literals are rebuilt on every call, and these
/// run once per table cell.
extension StringProtocol {
    /// Whether `word` occurs in the text, compared byte by byte in UTF-8. Foundation's `contains`
    /// goes through NSString and the generic `firstRange(of:)` is not much faster; both cost many
    /// times more than this on the short texts of table cells, where it runs once per cell.
    func includes(_ word: String) -> Bool {
        let text = Array(utf8), pattern = Array(word.utf8)
        guard !pattern.isEmpty else { return true }
        guard text.count >= pattern.count else { return false }
        for start in 0...(text.count - pattern.count) where text[start] == pattern[0] {
            if text[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        }
        return false
    }

    /// Only ASCII digits, and their count within `counts`.
    package func isDigits(count counts: ClosedRange<Int> = 1...Int.max) -> Bool {
        counts.contains(count) && allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Only ellipsis marks ("…", "………", "⋯", "..."): a row a template leaves out.
    var isEllipsis: Bool { !isEmpty && allSatisfy { "…⋯.．·".contains($0) } }

    /// A budget subject code: 3, 5 or 7 digits (类, 款, 项).
    package var isSubjectCode: Bool { isDigits(count: 3...7) && count % 2 == 1 }

    /// A printed amount in ASCII forms (AmountText turns full-width ones into these first): an
    /// optional minus, digits (grouped by commas in threes, or not at all), an optional decimal
    /// part.
    var isAmountText: Bool {
        var body = Substring(self)
        if body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2, !parts[1].isDigits() { return false }
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        guard let head = groups.first, head.isDigits() else { return false }
        if groups.count == 1 { return true }
        return head.count <= 3 && groups.dropFirst().allSatisfy { $0.isDigits(count: 3...3) }
    }
}
