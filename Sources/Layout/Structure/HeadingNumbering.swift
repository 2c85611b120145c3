import Foundation

/// A section number as printed at the start of a line, and the level it stands for in these
/// reports: 第一部分 (1), 一、(2), （一）/(一) (3), 1. / 1、/ 1． (4), (1) / （1） (5).
package struct HeadingNumbering: Sendable, Hashable {
    package var level: Int
    /// The numbering exactly as printed, e.g. "（一）".
    package var text: String
    /// What follows the numbering, trimmed.
    package var title: String

    /// Reads the numbering at the start of `line`, or nil when it has none.
    package init?(parsing line: String) {
        let scalars = Array(line.unicodeScalars)
        guard let (level, length) = Self.match(scalars) else { return nil }
        self.level = level
        text = String(String.UnicodeScalarView(scalars[..<length]))
        title = String(String.UnicodeScalarView(scalars[length...]))
            .trimmingCharacters(in: [" ", "\u{3000}"])
    }

    static let chineseDigits = Set("一二三四五六七八九十百零〇".unicodeScalars)
    static let openParens: Set<Unicode.Scalar> = ["(", "（"]
    static let closeParens: Set<Unicode.Scalar> = [")", "）"]
    static let arabicSeparators: Set<Unicode.Scalar> = [".", "、", "．"]

    /// The level and the numbering's length in scalars.
    static func match(_ s: [Unicode.Scalar]) -> (level: Int, length: Int)? {
        guard let first = s.first else { return nil }
        if first == "第" {
            let digits = run(s, from: 1) {
                chineseDigits.contains($0) || $0.properties.numericType != nil && $0.isASCII
            }
            if digits > 0, s.count >= 1 + digits + 2, s[1 + digits] == "部", s[2 + digits] == "分" {
                return (1, 3 + digits)
            }
            return nil
        }
        if chineseDigits.contains(first) {
            let digits = run(s, from: 0) { chineseDigits.contains($0) }
            if s.count > digits, s[digits] == "、" { return (2, digits + 1) }
            return nil
        }
        if openParens.contains(first) {
            let chinese = run(s, from: 1) { chineseDigits.contains($0) }
            if chinese > 0, s.count > 1 + chinese, closeParens.contains(s[1 + chinese]) {
                return (3, chinese + 2)
            }
            let arabic = run(s, from: 1) { $0.isASCIIDigit }
            if arabic > 0, s.count > 1 + arabic, closeParens.contains(s[1 + arabic]) {
                return (5, arabic + 2)
            }
            return nil
        }
        if first.isASCIIDigit {
            let digits = run(s, from: 0) { $0.isASCIIDigit }
            guard digits <= 2, s.count > digits + 1, arabicSeparators.contains(s[digits]) else { return nil }
            // "1.5万元" is an amount, not a numbered item; "4．2025年部门…" is item 4 of a list
            // whose titles open with a year.
            if s[digits + 1].isASCIIDigit {
                let year = run(s, from: digits + 1) { $0.isASCIIDigit }
                guard year == 4, s.count > digits + 5, s[digits + 5] == "年" else { return nil }
            }
            return (4, digits + 1)
        }
        return nil
    }

    static func run(_ s: [Unicode.Scalar], from start: Int, _ accept: (Unicode.Scalar) -> Bool) -> Int {
        var i = start
        while i < s.count, accept(s[i]) { i += 1 }
        return i - start
    }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
