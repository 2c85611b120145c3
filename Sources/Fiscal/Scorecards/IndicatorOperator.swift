/// How an indicator's achieved value is compared with its target: a sign, or 定性 for a target
/// stated in words.
package enum IndicatorOperator: String, Sendable, Hashable, CaseIterable {
    case atLeast = "≥"
    case atMost = "≤"
    case equal = "="
    case greater = ">"
    case less = "<"
    /// A qualitative target (普遍开展, 稳步增长).
    case qualitative = "定性"

    /// Reads a sign or 定性 as printed in an operator column (指标性质); nil for anything else.
    package init?(printed text: String) {
        let plain = ScorecardVocabulary.compact(text)
        if ScorecardVocabulary.qualitativeMarks.contains(plain) {
            self = .qualitative
        } else if let sign = ScorecardVocabulary.comparisonSigns.first(where: { $0.printed == plain }) {
            self = sign.comparison
        } else {
            return nil
        }
    }
}
