import Foundation

/// Numbers as budget tables print them.
///
/// Digits are matched as [0-9], never \d: Swift's \d also matches 万 and other CJK numerals.
enum Amount {
    /// The value of a cell that holds only a number: `1736.23`, `3,296,600`, `-0.50`, `－12`
    /// (full-width signs and digits too); nil for anything else, including empty cells, dashes
    /// and text with units.
    static func parse(_ text: String) -> Double? {
        var s = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: s.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0D, 0x2212: s.append("-")  // － and −
            case 0xFF0E: s.append(".")
            case 0x2C, 0xFF0C, 0x20, 0x3000: continue  // , ， and spaces inside the number
            default: s.unicodeScalars.append(scalar)
            }
        }
        guard !s.isEmpty, s.wholeMatch(of: /-?([0-9]+(\.[0-9]*)?|\.[0-9]+)/) != nil else { return nil }
        return Double(s)
    }

    /// The first number in a text such as `≥95%`, `11条`, `100万元`; nil when there is none.
    static func leading(in text: String) -> Double? {
        guard let match = text.firstMatch(of: /-?[0-9][0-9,]*(\.[0-9]+)?/) else { return nil }
        return Double(match.0.replacingOccurrences(of: ",", with: ""))
    }

    /// True for a cell that holds digits only (a subject code or a part of one: `208`, `05`).
    static func isCode(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
