import PageModel

/// A box on one page.
public struct PageRegion: Sendable, Hashable {
    public var page: Int
    public var box: Rect

    public init(page: Int, box: Rect) {
        self.page = page
        self.box = box
    }
}
