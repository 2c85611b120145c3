/// Which characters of a page were read from its image because their font's Unicode map
/// was wrong (see `MisMappedGlyphs`), for the page's diagnostic.
package struct RemappedGlyphs: Sendable {
    /// How many suspects were replaced, and how many were left as they were (the image did not
    /// say clearly what they are).
    package var replaced: Int
    package var kept: Int
    /// One replacement with its neighbours, before and after ("般|共" → "般公共").
    package var example: (was: String, now: String)?

    package init(replaced: Int, kept: Int, example: (was: String, now: String)?) {
        self.replaced = replaced
        self.kept = kept
        self.example = example
    }
}
