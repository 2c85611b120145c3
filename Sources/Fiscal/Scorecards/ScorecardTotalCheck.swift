/// Checks a form's arithmetic: the printed total score is the indicator scores plus the budget
/// score (and the same for weights), and nothing scores above its weight.
struct ScorecardTotalCheck: Sendable {
    /// How far printed figures may differ, in points: forms print scores to hundredths.
    var tolerance: Double

    /// Sums are rounded to a millionth of a point, dropping binary noise (97.78999999999999).
    static let sumResolution = 1e6

    func failures(of scorecard: Scorecard) -> [ScorecardCheckFailure] {
        var failures: [ScorecardCheckFailure] = []
        if let total = scorecard.total {
            let budget = scorecard.budget
            failures += sumFailure(
                .scoreTotal, printed: total.score, row: total.row,
                parts: scorecard.indicators.map(\.score), budget: budget?.score)
            failures += sumFailure(
                .weightTotal, printed: total.weight, row: total.row,
                parts: scorecard.indicators.map(\.weight), budget: budget?.weight)
        }
        for indicator in scorecard.indicators {
            failures += ceilingFailure(score: indicator.score, weight: indicator.weight, row: indicator.row)
        }
        if let budget = scorecard.budget, let row = budget.scoreRow {
            failures += ceilingFailure(score: budget.score, weight: budget.weight, row: row)
        }
        return failures
    }

    /// A total that is neither the parts plus the budget's share nor (where the total leaves
    /// the budget out) the parts alone. Nothing is checked when no part is printed.
    func sumFailure(
        _ kind: ScorecardCheckFailure.Kind, printed: Double?, row: Int,
        parts: [Double?], budget: Double?
    ) -> [ScorecardCheckFailure] {
        let printedParts = parts.compactMap { $0 }
        guard let printed, !printedParts.isEmpty else { return [] }
        let indicatorSum = Self.round(printedParts.reduce(0, +))
        let expected = Self.round(indicatorSum + (budget ?? 0))
        if agrees(printed, expected) || agrees(printed, indicatorSum) { return [] }
        return [ScorecardCheckFailure(kind: kind, row: row, printed: printed, expected: expected)]
    }

    func ceilingFailure(score: Double?, weight: Double?, row: Int) -> [ScorecardCheckFailure] {
        guard let score, let weight, score > weight + tolerance else { return [] }
        return [ScorecardCheckFailure(kind: .scoreAboveWeight, row: row, printed: score, expected: weight)]
    }

    static func round(_ sum: Double) -> Double {
        (sum * sumResolution).rounded() / sumResolution
    }

    func agrees(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= tolerance
    }
}
