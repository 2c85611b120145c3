/// A labelled text of a form: 项目概况, 主要成效, 项目负责人 ….
package struct ScorecardText: Sendable, Hashable {
    package var row: Int
    /// The label as printed, without a trailing colon; nil for a text printed alone.
    package var label: String?
    package var text: String?

    package init(row: Int, label: String?, text: String?) {
        self.row = row
        self.label = label
        self.text = text
    }
}
