import PageModel

/// What a page's content says about how well its text can be trusted.
enum PageDiagnostics {
    static func check(_ page: Page) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if page.glyphs.isEmpty && page.unmappedCount == 0 {
            if page.imageCount > 0 {
                out.append(Diagnostic(.warning, .noTextLayer, page: page.number,
                    message: "page \(page.number) has images but no text layer (a scan?); its text is not extracted"))
            } else if page.rulings.isEmpty && page.fills.isEmpty {
                out.append(Diagnostic(.info, .blankPage, page: page.number,
                    message: "page \(page.number) is blank"))
            }
        }
        if page.unmappedCount > 0 {
            out.append(Diagnostic(.warning, .unmappedCharacters, page: page.number,
                message: "page \(page.number): \(page.unmappedCount) characters have no Unicode mapping in their font and were left out"))
        }
        return out
    }
}
