/// Dot leaders (the ……… between a contents entry and its page number) found in the ink and
/// taken out before recognition, then handed on as full stops. An engine reads a run of dots
/// as letters (c, s, e, o), and once it has, reads the whole line as Latin: a scanned 目录 page
/// came out as "BNEAE uaaiaaaa…" and its lines as body text. Without the dots the entries read
/// cleanly, and the dots given back let Layout tell the contents page as it does from a text
/// layer.
package struct LeaderDots {
    /// The largest dot, in inches: a leader dot is about a tenth of an em.
    package static let maxDotInches = 0.035
    /// The widest step from one dot's centre to the next, in inches.
    package static let maxStepInches = 0.1
    /// The fewest dots in a leader: a row of three dots can be an ellipsis or noise.
    package static let minDots = 8

    /// Each leader's dots, left to right.
    package private(set) var leaders: [[PixelBox]]

    /// Finds the leaders in `image` (ink darker than `inkCut`, `dpi` its resolution).
    package init(in image: GreyImage, inkCut: UInt8, dpi: Double) {
        let maxDot = max(2, Int((Self.maxDotInches * dpi).rounded()))
        let dots = Self.components(in: image, inkCut: inkCut).filter { box in
            let w = box.right - box.left, h = box.height
            return w <= maxDot && h <= maxDot && w <= 3 * h && h <= 3 * w
        }
        leaders = Self.chains(dots, maxStep: Self.maxStepInches * dpi, tolerance: max(2, maxDot / 2))
    }

    /// Paints the leaders' dots out of `image`, with the grey halo a scanned dot has around its
    /// ink (about half its size): left behind, the rings read as rows of o and e.
    package func erase(from image: inout GreyImage) {
        for dot in leaders.joined() {
            let halo = max(2, (max(dot.right - dot.left, dot.height) + 1) / 2)
            for y in max(0, dot.top - halo)..<min(image.height, dot.bottom + halo) {
                for x in max(0, dot.left - halo)..<min(image.width, dot.right + halo) { image[x, y] = 255 }
            }
        }
    }

    /// A full stop for each dot of a leader sharing a line with `symbols`, on that line (so it
    /// takes the line's type size). A leader on no recognised line is left out, and so is one
    /// running through recognised characters: a leader lies between an entry and its page
    /// number, where dots among the characters are specks or a dotted rule behind the text.
    package func symbols(besides symbols: [RecognisedSymbol]) -> [RecognisedSymbol] {
        let lines = Array(Set(symbols.map(\.line)))
        return leaders.flatMap { dots -> [RecognisedSymbol] in
            let middle = (dots[0].top + dots[0].bottom) / 2
            let left = dots[0].left, right = dots[dots.count - 1].right
            let line = lines.filter { $0.top <= middle && middle < $0.bottom }.min {
                distance($0, left, right) < distance($1, left, right)
            }
            guard let line,
                !symbols.contains(where: {
                    let centre = ($0.box.left + $0.box.right) / 2
                    return $0.line == line && left < centre && centre < right
                        && $0.text.unicodeScalars.contains {
                            $0.properties.isAlphabetic || $0.properties.numericType != nil
                        }
                })
            else { return [] }
            let box = PixelBox(left: left, top: line.top, right: right, bottom: line.bottom)
            return dots.map { RecognisedSymbol(text: ".", box: $0, line: box, confidence: 100) }
        }
    }

    private func distance(_ line: PixelBox, _ left: Int, _ right: Int) -> Int {
        max(0, line.left - right, left - line.right)
    }

    /// The boxes of the connected pieces of ink (8-neighbour), built from each row's runs.
    static func components(in image: GreyImage, inkCut: UInt8) -> [PixelBox] {
        var boxes: [PixelBox] = []
        var parent: [Int] = []
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        var previous: [(from: Int, to: Int, piece: Int)] = []
        image.pixels.withUnsafeBufferPointer { pixels in
            for y in 0..<image.height {
                var current: [(from: Int, to: Int, piece: Int)] = []
                var x = 0, above = 0
                let row = y * image.width
                while x < image.width {
                    guard pixels[row + x] <= inkCut else {
                        x += 1
                        continue
                    }
                    let from = x
                    while x < image.width && pixels[row + x] <= inkCut { x += 1 }
                    var piece = boxes.count
                    boxes.append(PixelBox(left: from, top: y, right: x, bottom: y + 1))
                    parent.append(piece)
                    // Runs of the row above touching this one (diagonals included); both rows'
                    // runs go left to right, so the search resumes where the last one ended.
                    while above < previous.count && previous[above].to < from { above += 1 }
                    var touching = above
                    while touching < previous.count && previous[touching].from <= x {
                        let run = previous[touching]
                        touching += 1
                        let a = root(run.piece), b = root(piece)
                        guard a != b else { continue }
                        let (keep, drop) = a < b ? (a, b) : (b, a)
                        parent[drop] = keep
                        boxes[keep] = boxes[keep].union(boxes[drop])
                        piece = keep
                    }
                    current.append((from, x, piece))
                }
                previous = current
            }
        }
        return boxes.indices.filter { parent[$0] == $0 }.map { boxes[$0] }
    }

    /// Runs of at least `minDots` dots on one baseline (bottoms within `tolerance`), each at
    /// most `maxStep` from the last.
    static func chains(_ dots: [PixelBox], maxStep: Double, tolerance: Int) -> [[PixelBox]] {
        let sorted = dots.sorted { ($0.bottom, $0.left) < ($1.bottom, $1.left) }
        // Dots grouped by baseline: a group grows while each bottom is near the group's first.
        var groups: [[PixelBox]] = []
        for dot in sorted {
            if let first = groups.last?.first, dot.bottom - first.bottom <= tolerance {
                groups[groups.count - 1].append(dot)
            } else {
                groups.append([dot])
            }
        }
        var out: [[PixelBox]] = []
        for group in groups {
            var chain: [PixelBox] = []
            for dot in group.sorted(by: { $0.left < $1.left }) {
                if let last = chain.last, Double(dot.left + dot.right - last.left - last.right) / 2 > maxStep {
                    if chain.count >= minDots { out.append(chain) }
                    chain = []
                }
                chain.append(dot)
            }
            if chain.count >= minDots { out.append(chain) }
        }
        return out
    }
}
