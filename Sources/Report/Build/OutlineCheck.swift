import Layout

/// Compares the printed table of contents with the headings found in the body.
enum OutlineCheck {
    static func unmatchedEntries(_ structure: DocumentStructure) -> [Diagnostic] {
        let headings = Set(structure.headings.map { key($0.numbering, $0.title) })
        return structure.outline.filter { !headings.contains(key($0.numbering, $0.title)) }.map { entry in
            Diagnostic(.info, .outlineEntryUnmatched, page: entry.page,
                       message: "table of contents entry \"\((entry.numbering ?? "") + entry.title)\" matches no heading in the body")
        }
    }

    static func key(_ numbering: String?, _ title: String) -> String {
        ((numbering ?? "") + title).filter { !$0.isWhitespace }
    }
}
