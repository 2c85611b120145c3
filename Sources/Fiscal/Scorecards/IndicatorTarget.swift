import Foundation

/// A printed target split into its comparison sign, its value and its unit:
/// `≥130000人` → ≥, 130000, 人; `6-9个月` → no sign, 6-9, 个月; `=稳步增长定性` → 定性, 稳步增长;
/// `0` → no sign, 0, no unit.
package struct IndicatorTarget: Sendable, Hashable {
    package var comparison: IndicatorOperator?
    /// The value as printed, without sign, unit or qualitative mark.
    package var value: String?
    package var unit: String?

    package init(comparison: IndicatorOperator? = nil, value: String? = nil, unit: String? = nil) {
        self.comparison = comparison
        self.value = value
        self.unit = unit
    }

    /// Splits a target cell. A number followed by a unit is quantitative; a sign alone keeps its
    /// sign; anything stated in words, or marked 定性, is qualitative.
    package init(parsing printed: String) {
        guard let trimmed = ScorecardVocabulary.value(printed) else {
            self.init()
            return
        }
        var rest = Substring(trimmed)
        let sign = Self.removeSign(from: &rest)
        let marked = Self.removeQualitativeMark(from: &rest)
        let body = rest.trimmingCharacters(in: .whitespacesAndNewlines)
        if !marked, let (number, unit) = Self.splitQuantity(ScorecardVocabulary.compact(body)) {
            self.init(comparison: sign, value: number, unit: unit)
        } else {
            // Words after = (=稳步增长) or a 定性 mark make the target qualitative; words after a
            // sign of order (≥良好) keep the sign.
            let qualitative = marked || sign == nil || sign == .equal
            self.init(comparison: qualitative ? .qualitative : sign, value: body.isEmpty ? nil : body)
        }
    }

    /// Removes a leading comparison sign and the space after it.
    static func removeSign(from text: inout Substring) -> IndicatorOperator? {
        guard let sign = ScorecardVocabulary.comparisonSigns.first(where: { text.hasPrefix($0.printed) })
        else { return nil }
        text = text.dropFirst(sign.printed.count).drop(while: \.isWhitespace)
        return sign.comparison
    }

    /// Removes a trailing 定性 / 定性指标 mark.
    static func removeQualitativeMark(from text: inout Substring) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let mark = ScorecardVocabulary.qualitativeMarks.first(where: { trimmed.hasSuffix($0) })
        else { return false }
        text = Substring(trimmed.dropLast(mark.count))
        return true
    }

    /// `130000人` → ("130000", "人"), `6-9个月` → ("6-9", "个月"), `15` → ("15", nil); nil
    /// when the text does not start with a number or what follows is not a unit.
    static func splitQuantity(_ text: String) -> (number: String, unit: String?)? {
        var rest = Substring(text)
        guard let first = scanNumber(&rest) else { return nil }
        var number = first
        if let separator = rest.first, ScorecardVocabulary.rangeSeparators.contains(separator) {
            var afterSeparator = rest.dropFirst()
            if let second = scanNumber(&afterSeparator) {
                number += String(separator) + second
                rest = afterSeparator
            }
        }
        if rest.isEmpty { return (number, nil) }
        guard isUnit(rest) else { return nil }
        return (number, String(rest))
    }

    /// Consumes a decimal number with optional thousands separators (1,064.55).
    static func scanNumber(_ text: inout Substring) -> String? {
        let digits = text.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        guard let first = digits.first, first.isNumber, digits.last?.isNumber == true else {
            // A trailing separator belongs to what follows (15.) — take only whole digits.
            let whole = text.prefix { $0.isASCII && $0.isNumber }
            guard !whole.isEmpty else { return nil }
            text = text.dropFirst(whole.count)
            return String(whole)
        }
        text = text.dropFirst(digits.count)
        return String(digits)
    }

    static func isUnit(_ text: Substring) -> Bool {
        text.count <= ScorecardVocabulary.maxUnitLength
            && text.allSatisfy { ScorecardVocabulary.unitCharacters.contains($0) || $0.isASCII && $0.isLetter }
    }
}
