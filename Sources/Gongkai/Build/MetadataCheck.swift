import Layout
import PageModel

/// Says which of title, organization and fiscal year could not be read, and why, so that a
/// missing field is not mistaken for a document that has none.
enum MetadataCheck {
    static func incomplete(_ metadata: DocumentStructure.Metadata, pages: [Page]) -> Diagnostic? {
        var missing: [String] = []
        if metadata.title == nil { missing.append("title") }
        if metadata.organization == nil { missing.append("organization") }
        if metadata.fiscalYear == nil { missing.append("fiscal_year") }
        guard !missing.isEmpty, let first = pages.first else { return nil }
        let reason: String
        if first.glyphs.isEmpty && first.imageCount > 0 {
            reason = "page \(first.number) is an image without a text layer (a scanned or pictured cover)"
        } else if first.glyphs.isEmpty {
            reason = "page \(first.number) has no text"
        } else if metadata.title == nil && missing.count == 1 {
            // Annex tables printed on their own have no cover; the body and year were found.
            reason = "the first page has no title in large type (no cover)"
        } else {
            var gaps: [String] = []
            if metadata.title == nil { gaps.append("no title in large type opens the first page") }
            if metadata.organization == nil {
                gaps.append("no labelled line (单位名称：, 预算主管部门： …) and no title names the body")
            }
            if metadata.fiscalYear == nil {
                gaps.append("no year is printed in the title, the first pages' captions or the document information")
            }
            reason = gaps.joined(separator: "; ")
        }
        // The title alone missing is common and harmless; a missing body or year is not.
        let severity: Diagnostic.Severity = missing == ["title"] ? .info : .warning
        return Diagnostic(
            severity, .metadataIncomplete, page: first.number,
            message: "metadata incomplete: \(missing.joined(separator: ", ")) not found: \(reason)")
    }
}
