import Foundation
import PageModel

/// Reads table-of-contents lines (目录): title, dotted leader, printed page number.
enum OutlineReader {
    static func entries(from lines: [TextLine], labels: [Int: String]) -> [DocumentStructure.OutlineEntry] {
        var entries: [DocumentStructure.OutlineEntry] = []
        var lastBox: Rect?
        for line in lines {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            if text.replacingOccurrences(of: " ", with: "") == "目录" { continue }
            // A page number split off its entry by the gap after the leader.
            if let number = Int(text), let box = lastBox, line.box.verticalOverlap(box) > 0,
                let last = entries.indices.last, entries[last].printedPage == nil
            {
                entries[last].printedPage = number
                continue
            }
            var title = Substring(text)
            var printed: Int?
            if let digits = title.firstMatch(of: /\d+\s*$/), title.count > digits.0.count {
                printed = Int(digits.0.trimmingCharacters(in: .whitespaces))
                title = title[..<digits.range.lowerBound]
            }
            while let last = title.last, DotLeader.characters.contains(last) || last == " " { title = title.dropLast() }
            guard !title.isEmpty else { continue }
            let numbering = HeadingNumbering(parsing: String(title))
            entries.append(
                .init(
                    level: numbering?.level, numbering: numbering?.text,
                    title: numbering?.title ?? String(title), printedPage: printed, page: nil))
            lastBox = line.box
        }
        return entries
    }

    /// Maps printed page numbers to physical pages through the page-number footers.
    static func mapPages(_ entries: [DocumentStructure.OutlineEntry], labels: [Int: String])
        -> [DocumentStructure.OutlineEntry]
    {
        var physical: [String: Int] = [:]
        for (page, label) in labels.sorted(by: { $0.key < $1.key }) where physical[label] == nil {
            physical[label] = page
        }
        return entries.map { entry in
            var mapped = entry
            mapped.page = entry.printedPage.flatMap { physical[String($0)] }
            return mapped
        }
    }
}
