/// A filled rectangle too large to be a ruling: cell shading, a coloured band.
package struct FilledRect: Sendable, Hashable, Codable {
    package var box: Rect
    /// "#rrggbb", or nil when the fill is not a solid colour (a gradient, a pattern).
    package var color: String?

    package init(box: Rect, color: String?) {
        self.box = box
        self.color = color
    }
}
