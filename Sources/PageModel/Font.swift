/// A font as the text layer names it, at one size. Pages refer to fonts by index into the
/// document's font table.
package struct Font: Sendable, Hashable, Codable {
    package var name: String
    package var size: Double
    package var isBold: Bool
    package var isItalic: Bool

    package init(name: String, size: Double) {
        self.name = name
        self.size = size
        let lowered = name.lowercased()
        // Only the name tells: PDF text layers carry no weight or style flags.
        isBold = lowered.contains("bold") || lowered.contains("heavy") || lowered.contains("black")
        isItalic = lowered.contains("italic") || lowered.contains("oblique")
    }
}

extension [Font] {
    /// The type size of text set in the font at `index`, or `fallback` (its box's height) when
    /// the font table does not hold it (text recognised from a scan).
    package func size(of index: Int, fallback: Double) -> Double {
        indices.contains(index) ? self[index].size : fallback
    }
}
