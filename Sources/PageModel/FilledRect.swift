/// A filled rectangle too large to be a ruling: cell shading, a coloured band.
public struct FilledRect: Sendable, Hashable, Codable {
    public var box: Rect
    /// "#rrggbb", or nil when the fill is not a solid colour (a gradient, a pattern).
    public var color: String?

    public init(box: Rect, color: String?) {
        self.box = box
        self.color = color
    }
}
