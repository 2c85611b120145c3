import PageModel

/// When a page is read by recognising its image rather than from its text layer.
public enum OCRMode: String, Sendable, CaseIterable {
    /// Pages with images and no text layer (scans).
    case auto
    /// Every page, its text layer ignored.
    case always
    case never

    func wants(_ page: Page) -> Bool {
        switch self {
        case .always: true
        case .never: false
        // The condition under which the page would otherwise be reported as no_text_layer.
        case .auto: page.glyphs.isEmpty && page.unmappedCount == 0 && page.imageCount > 0
        }
    }
}
