/// Boxes sorted by their left edge, so that the boxes holding a region are found with a binary
/// search instead of a scan of the page.
struct BoxIndex: Sendable {
    private let boxes: [Rect]
    private let lefts: [Double]
    private let widest: Double

    init(_ boxes: [Rect]) {
        self.boxes = boxes.sorted { $0.x0 < $1.x0 }
        lefts = self.boxes.map(\.x0)
        widest = boxes.map(\.width).max() ?? 0
    }

    var isEmpty: Bool { boxes.isEmpty }

    /// Whether one box holds `region`, each side allowed `tolerance` outside it.
    func contains(_ region: Rect, tolerance: Double) -> Bool {
        // Only boxes starting at most `widest` left of the region can reach around it.
        var low = 0, high = lefts.count
        let start = region.x0 - widest - tolerance
        while low < high {
            let mid = (low + high) / 2
            if lefts[mid] < start { low = mid + 1 } else { high = mid }
        }
        var index = low
        while index < boxes.count, lefts[index] <= region.x0 + tolerance {
            let box = boxes[index]
            if box.x1 + tolerance >= region.x1, box.top - tolerance <= region.top,
                box.bottom + tolerance >= region.bottom
            {
                return true
            }
            index += 1
        }
        return false
    }
}
