import Layout

/// Compares the printed table of contents with what the body holds: its headings, and the
/// tables whose titles the contents list (附表 entries).
enum OutlineCheck {
    static func unmatchedEntries(_ structure: DocumentStructure, tableTitles: [String]) -> [Diagnostic] {
        let headings = Set(structure.headings.map { key($0.numbering, $0.title) })
        let titles = tableTitles.map { key(nil, $0) }
        return structure.outline.filter { entry in
            let title = key(nil, entry.title)
            return !headings.contains(key(entry.numbering, entry.title))
                && !titles.contains { !title.isEmpty && $0.hasSuffix(title) }
        }.map { entry in
            Diagnostic(
                .info, .outlineEntryUnmatched, page: entry.page,
                message:
                    "table of contents entry \"\((entry.numbering ?? "") + entry.title)\" matches no heading or table in the body"
            )
        }
    }

    static func key(_ numbering: String?, _ title: String) -> String {
        ((numbering ?? "") + title).filter { !$0.isWhitespace && !"“”\"".contains($0) }
    }
}
