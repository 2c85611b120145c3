/// A character of the text layer that was left out because its font maps it to no text (a
/// private-use or replacement character) or to a control character, kept with its place so
/// that it can be read from the page's image (see `MisMapRepair`).
package struct UnmappedGlyph: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        /// Counted in the page's `unmappedCount`.
        case unmapped
        /// Mapped to a control character, which is read as a space.
        case control
    }

    package var box: Rect
    package var font: Int
    /// The index in the page's glyphs it stood before.
    package var position: Int
    package var kind: Kind

    package init(box: Rect, font: Int, position: Int, kind: Kind) {
        self.box = box
        self.font = font
        self.position = position
        self.kind = kind
    }
}
