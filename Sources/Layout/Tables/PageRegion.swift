import PageModel

/// A box on one page.
package struct PageRegion: Sendable, Hashable {
    package var page: Int
    package var box: Rect

    package init(page: Int, box: Rect) {
        self.page = page
        self.box = box
    }
}
