/// A place where a form's printed figures do not agree: the total against the sum of the
/// indicator scores plus the budget score, or a score above its weight.
package struct ScorecardCheckFailure: Sendable, Hashable {
    package enum Kind: String, Sendable, Hashable {
        /// The printed total score is not the indicator scores plus the budget score.
        case scoreTotal = "score_total"
        /// The printed total weight is not the indicator weights plus the budget weight.
        case weightTotal = "weight_total"
        /// An indicator (or the budget) scored more than its weight.
        case scoreAboveWeight = "score_above_weight"
    }

    package var kind: Kind
    /// The table row of the printed figure that disagrees (the total row, or the indicator's).
    package var row: Int
    /// The figure as printed.
    package var printed: Double
    /// What it should be: the sum, or the weight it may not exceed.
    package var expected: Double

    package init(kind: Kind, row: Int, printed: Double, expected: Double) {
        self.kind = kind
        self.row = row
        self.printed = printed
        self.expected = expected
    }

    /// One line for a diagnostic: "total score 98.79 ≠ 97.79 (indicator scores + budget score)".
    package var message: String {
        switch kind {
        case .scoreTotal:
            "printed total score \(Self.format(printed)) is not the sum of the indicator scores and the budget score, \(Self.format(expected))"
        case .weightTotal:
            "printed total weight \(Self.format(printed)) is not the sum of the indicator weights and the budget weight, \(Self.format(expected))"
        case .scoreAboveWeight:
            "score \(Self.format(printed)) is above its weight \(Self.format(expected))"
        }
    }

    /// 5 → "5", 8.79 → "8.79": points as a form prints them.
    static func format(_ value: Double) -> String {
        let hundredths = (value * 100).rounded() / 100
        return hundredths == hundredths.rounded() ? String(Int(hundredths)) : String(hundredths)
    }
}
