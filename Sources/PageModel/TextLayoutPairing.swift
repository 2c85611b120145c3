/// Pairs the characters of a page's text, as poppler gives it, with the character boxes of its
/// layout.
///
/// The text is in logical order, right-to-left words wrapped in embedding marks (U+202A–U+202E,
/// U+2066–U+2069). The marks have no box; the other characters have one each, in the same
/// order, except that the boxes of a word holding right-to-left text come in the order its
/// glyphs were drawn, which need not be its logical order. So each such word (a run of boxes
/// that touch) gets its boxes by position: its characters are put in display order from their
/// embedding levels (runs at deeper levels turned first, as the bidi algorithm displays them)
/// and take the word's boxes from left to right.
package enum TextLayoutPairing {
    /// Boxes of one word that touch may be this far apart (points).
    static let touchTolerance = 0.5

    /// For each scalar of `scalars`, the index of its box among `boxes`; nil for a bidi mark or
    /// where the boxes run out.
    package static func boxIndices(of scalars: [Unicode.Scalar], boxes: [Rect]) -> [Int?] {
        var out = [Int?](repeating: nil, count: scalars.count)
        var levels = [Int](repeating: 0, count: scalars.count)
        var stack: [Int] = []
        var next = 0
        for (position, scalar) in scalars.enumerated() {
            let level = stack.last ?? 0
            if let mark = Mark(scalar) {
                switch mark {
                case .opensRightToLeft: stack.append(level % 2 == 0 ? level + 1 : level + 2)
                case .opensLeftToRight: stack.append(level % 2 == 0 ? level + 2 : level + 1)
                case .closes: if !stack.isEmpty { stack.removeLast() }
                case .direction: break
                }
                continue
            }
            guard next < boxes.count else { break }
            out[position] = next
            levels[position] = level
            next += 1
        }
        // Words: characters with boxes, no white space, each box touching the one before.
        var word: [Int] = []
        func closeWord() {
            if word.contains(where: { levels[$0] > 0 }) {
                let display = displayOrder(word.map { levels[$0] })
                let indices = word.compactMap { out[$0] }.sorted { boxes[$0].midX < boxes[$1].midX }
                for (slot, index) in zip(display, indices) { out[word[slot]] = index }
            }
            word = []
        }
        for (position, scalar) in scalars.enumerated() {
            guard let index = out[position] else { continue }
            if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
                closeWord()
                continue
            }
            if let last = word.last, let previous = out[last], !touch(boxes[previous], boxes[index]) { closeWord() }
            word.append(position)
        }
        closeWord()
        return out
    }

    /// Positions of a word's characters (by their embedding `levels`) in display order, left
    /// to right: from the deepest level down to the first right-to-left one, every run at that
    /// level or deeper is turned.
    static func displayOrder(_ levels: [Int]) -> [Int] {
        var order = Array(levels.indices)
        guard let deepest = levels.max(), let lowestOdd = levels.filter({ $0 % 2 == 1 }).min() else { return order }
        for level in stride(from: deepest, through: lowestOdd, by: -1) {
            var start = 0
            while start < order.count {
                guard levels[order[start]] >= level else {
                    start += 1
                    continue
                }
                var end = start
                while end < order.count, levels[order[end]] >= level { end += 1 }
                order[start..<end].reverse()
                start = end
            }
        }
        return order
    }

    /// Whether two boxes sit side by side on one line, touching.
    static func touch(_ a: Rect, _ b: Rect) -> Bool {
        let overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
        return overlap > 0.5 * min(a.height, b.height)
            && (abs(a.x1 - b.x0) <= touchTolerance || abs(b.x1 - a.x0) <= touchTolerance)
    }

    /// What a bidi mark does to the embedding levels.
    package enum Mark {
        case opensRightToLeft, opensLeftToRight, closes, direction

        package init?(_ scalar: Unicode.Scalar) {
            switch scalar.value {
            case 0x202B, 0x202E, 0x2067: self = .opensRightToLeft
            case 0x202A, 0x202D, 0x2066, 0x2068: self = .opensLeftToRight
            case 0x202C, 0x2069: self = .closes
            case 0x200E, 0x200F, 0x061C: self = .direction
            default: return nil
            }
        }
    }
}
