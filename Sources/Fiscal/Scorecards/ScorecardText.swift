/// A labelled text of a form: 项目概况, 主要成效, 项目负责人 ….
public struct ScorecardText: Sendable, Hashable {
    public var row: Int
    /// The label as printed, without a trailing colon; nil for a text printed alone.
    public var label: String?
    public var text: String?

    public init(row: Int, label: String?, text: String?) {
        self.row = row
        self.label = label
        self.text = text
    }
}
