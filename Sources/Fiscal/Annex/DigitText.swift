/// Plain character checks on printed numbers. Regex literals are rebuilt on every call, and these
/// run once per table cell.
extension StringProtocol {
    /// Only ASCII digits, and their count within `counts`.
    func isDigits(count counts: ClosedRange<Int> = 1...Int.max) -> Bool {
        counts.contains(count) && allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// A budget subject code: 3, 5 or 7 digits (类, 款, 项).
    var isSubjectCode: Bool { isDigits(count: 3...7) && count % 2 == 1 }

    /// A printed amount: an optional minus, digits (grouped by commas in threes, or not at all),
    /// an optional decimal part.
    var isAmountText: Bool {
        var body = Substring(self)
        if let first = body.first, first == "-" || first == "−" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2, !parts[1].isDigits() { return false }
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        guard let head = groups.first, head.isDigits() else { return false }
        if groups.count == 1 { return true }
        return head.count <= 3 && groups.dropFirst().allSatisfy { $0.isDigits(count: 3...3) }
    }
}
