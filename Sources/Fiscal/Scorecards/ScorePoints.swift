import Foundation

/// Reads weights and scores as printed: `5`, `8.79`, `10分`, `10%`; nil for a blank, a dash, a
/// slash or text.
enum ScorePoints {
    /// Marks printed after points that do not change their value.
    static let suffixes: [Character] = ["分", "%", "％"]

    static func parse(_ text: String) -> Double? {
        guard let printed = ScorecardVocabulary.value(text) else { return nil }
        var plain = ScorecardVocabulary.compact(printed).replacingOccurrences(of: ",", with: "")
        while let last = plain.last, suffixes.contains(last) { plain.removeLast() }
        guard plain.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        return Double(plain)
    }
}
