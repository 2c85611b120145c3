import Foundation

/// Running headers, footers and page numbers: printed on every page, part of no section.
struct PageFurniture {
    /// Share of the page height at the top and at the bottom where furniture sits.
    var topMargin = 0.09
    var bottomMargin = 0.12
    /// A header line repeated on at least this many pages is furniture.
    var minRepeats = 3

    private(set) var repeatedTexts: Set<String> = []

    init(linesByPage: [(height: Double, lines: [TextLine])]) {
        var counts: [String: Int] = [:]
        for (height, lines) in linesByPage {
            for line in Set(lines.filter { isInMargin($0, height: height) }.map(\.text)) {
                counts[line, default: 0] += 1
            }
        }
        repeatedTexts = Set(counts.filter { $0.value >= minRepeats && !$0.key.isEmpty }.keys)
    }

    func isInMargin(_ line: TextLine, height: Double) -> Bool {
        line.box.bottom <= height * topMargin || line.box.top >= height * (1 - bottomMargin)
    }

    /// The printed page label when `line` is a page number in the margin, e.g. "1" for "—1—".
    func pageLabel(_ line: TextLine, height: Double) -> String? {
        guard isInMargin(line, height: height) else { return nil }
        var text = line.text.trimmingCharacters(in: .whitespaces)
        for (prefix, suffix) in [("第", "页"), ("—", "—"), ("-", "-"), ("–", "–"), ("- ", " -")] {
            if text.hasPrefix(prefix), text.hasSuffix(suffix), text.count > prefix.count + suffix.count {
                text = String(text.dropFirst(prefix.count).dropLast(suffix.count))
                    .trimmingCharacters(in: .whitespaces)
            }
        }
        if let slash = text.firstIndex(of: "/") { text = String(text[..<slash]) }
        return !text.isEmpty && text.allSatisfy(\.isNumber) ? text : nil
    }

    func isFurniture(_ line: TextLine, height: Double) -> Bool {
        guard isInMargin(line, height: height) else { return false }
        return pageLabel(line, height: height) != nil || repeatedTexts.contains(line.text)
    }
}
