/// Turns drawn paths into rulings and filled rectangles.
///
/// Producers draw table borders two ways: WPS and LibreOffice stroke lines, Word fills thin
/// rectangles. Both become `Ruling`s; wider filled rectangles (cell shading) become `FilledRect`s.
/// Diagonal strokes, curves and invisible (white) paint are not borders and are left out, and so
/// are paths drawn inside character boxes: glyph outlines that a producer wrote as paths (fake
/// bold, text converted to outlines on re-writing) are ink of the text, not of a table.
package struct PathClassifier: Sendable {
    /// A filled rectangle at most this thick (points) is a ruling, not shading.
    package var maxRulingThickness: Double = 2.0
    /// A segment whose ends differ by at most this much across its direction (points) counts as
    /// axis-aligned.
    package var axisTolerance: Double = 0.5
    /// Segments shorter than this (points) are dots or glyph debris, not rulings.
    package var minRulingLength: Double = 1.0
    /// Paint whose every channel is at least this bright is white on white paper.
    package var invisibleBrightness: Double = 0.97

    /// A path point this far (points) outside a character box still counts as inside it.
    package var glyphInkTolerance: Double = 0.5

    package init() {}

    /// Rulings and fills of `paths`; `glyphBoxes` are the page's character boxes, whose ink
    /// is left out.
    package func classify(_ paths: [VectorPath], glyphBoxes: [Rect] = [])
        -> (rulings: [Ruling], fills: [FilledRect])
    {
        let glyphs = BoxIndex(glyphBoxes)
        var rulings: [Ruling] = []
        var fills: [FilledRect] = []
        for path in paths where !isInvisible(path) && !isGlyphInk(path, glyphs) {
            switch path.paint {
            case .stroke(let width):
                for subpath in path.subpaths {
                    rulings += strokedSegments(subpath, width: width)
                }
            case .fill:
                for subpath in path.subpaths {
                    guard let box = rectangle(subpath) else { continue }
                    if min(box.width, box.height) <= maxRulingThickness {
                        if let ruling = ruling(fromThin: box) { rulings.append(ruling) }
                    } else {
                        fills.append(FilledRect(box: box, color: path.color.map(hexColor)))
                    }
                }
            }
        }
        return (rulings, fills)
    }

    func isInvisible(_ path: VectorPath) -> Bool {
        guard let c = path.color else { return false }
        return min(c.red, c.green, c.blue) >= invisibleBrightness
    }

    /// Whether every subpath lies inside one character's box.
    func isGlyphInk(_ path: VectorPath, _ glyphs: BoxIndex) -> Bool {
        guard !glyphs.isEmpty, !path.subpaths.isEmpty else { return false }
        return path.subpaths.allSatisfy { subpath in
            let xs = subpath.points.map(\.x), ys = subpath.points.map(\.y)
            guard let x0 = xs.min(), let x1 = xs.max(), let top = ys.min(), let bottom = ys.max() else {
                return true
            }
            return glyphs.contains(Rect(x0: x0, top: top, x1: x1, bottom: bottom), tolerance: glyphInkTolerance)
        }
    }

    func strokedSegments(_ subpath: VectorPath.Subpath, width: Double) -> [Ruling] {
        var points = subpath.points
        if subpath.isClosed, let first = points.first { points.append(first) }
        var out: [Ruling] = []
        for (a, b) in zip(points, points.dropFirst()) {
            let dx = abs(b.x - a.x), dy = abs(b.y - a.y)
            if dy <= axisTolerance, dx >= minRulingLength {
                out.append(.horizontal(y: (a.y + b.y) / 2, from: a.x, to: b.x, width: width))
            } else if dx <= axisTolerance, dy >= minRulingLength {
                out.append(.vertical(x: (a.x + b.x) / 2, from: a.y, to: b.y, width: width))
            }
        }
        return out
    }

    /// The box of a subpath that traces an axis-aligned rectangle, else nil.
    func rectangle(_ subpath: VectorPath.Subpath) -> Rect? {
        var points = subpath.points
        if points.count == 5, let first = points.first, let last = points.last,
            abs(first.x - last.x) <= axisTolerance, abs(first.y - last.y) <= axisTolerance
        {
            points.removeLast()
        }
        guard points.count == 4 else { return nil }
        for (a, b) in zip(points, points.dropFirst() + [points[0]]) {
            if abs(a.x - b.x) > axisTolerance && abs(a.y - b.y) > axisTolerance { return nil }
        }
        let xs = points.map(\.x), ys = points.map(\.y)
        return Rect(x0: xs.min()!, top: ys.min()!, x1: xs.max()!, bottom: ys.max()!)
    }

    func ruling(fromThin box: Rect) -> Ruling? {
        if box.width >= box.height, box.width >= minRulingLength {
            return .horizontal(y: box.midY, from: box.x0, to: box.x1, width: box.height)
        }
        if box.height > box.width, box.height >= minRulingLength {
            return .vertical(x: box.midX, from: box.top, to: box.bottom, width: box.width)
        }
        return nil
    }

    func hexColor(_ c: (red: Double, green: Double, blue: Double)) -> String {
        let digits = Array("0123456789abcdef")
        var out = "#"
        for channel in [c.red, c.green, c.blue] {
            let v = Int((min(max(channel, 0), 1) * 255).rounded())
            out.append(digits[v / 16])
            out.append(digits[v % 16])
        }
        return out
    }
}
