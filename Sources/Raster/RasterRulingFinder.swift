import PageModel

/// Finds ruling lines in a binarised page: long straight runs of ink, horizontal and vertical,
/// grouped over neighbouring rows into lines. A run-length scan does what a morphological
/// opening with a long thin element does, and keeps the runs for erasing the lines afterwards.
package struct RasterRulingFinder: Sendable {
    /// Sizes in pixels at 300 dpi; `scaled(toDPI:)` adapts them.
    package struct Options: Sendable {
        /// Shortest run of ink that may be part of a ruling (a character's strokes are shorter
        /// than the em, and few runs in text reach this).
        package var minRun: Int = 40
        /// Paper between two stretches of ink that still counts as one run (JPEG noise, a
        /// broken scan line).
        package var maxGap: Int = 2
        /// Runs in rows this far apart, overlapping along, belong to one line (a skewed line is
        /// a staircase; a row may drop out).
        package var rowReach: Int = 2
        /// Lines at least this long are rulings on their own (1 inch).
        package var longLine: Int = 300
        /// Shorter lines (down to `minRun`) are kept only where both their ends meet a long
        /// perpendicular line: a cell border runs from one border to the next, a stroke of a
        /// character (一 beside a cell's left border) meets one at most.
        package var meetTolerance: Int = 6
        /// Thicker than this (2 pt) is a filled block or a dark scanner border, not a ruling.
        package var maxThickness: Double = 8.5

        package init() {}

        package func scaled(toDPI dpi: Double) -> Options {
            let f = dpi / 300
            var o = self
            o.minRun = max(8, Int((Double(minRun) * f).rounded()))
            o.maxGap = max(1, Int((Double(maxGap) * f).rounded()))
            o.longLine = Int((Double(longLine) * f).rounded())
            o.meetTolerance = max(2, Int((Double(meetTolerance) * f).rounded()))
            o.maxThickness = maxThickness * f
            return o
        }
    }

    package var options: Options

    package init(options: Options = Options()) {
        self.options = options
    }

    /// At `dpi`, with the default sizes scaled to it.
    package init(dpi: Double) {
        self.init(options: Options().scaled(toDPI: dpi))
    }

    /// Horizontal lines first, then vertical, each ordered by position.
    package func lines(in image: BinaryImage) -> [RasterLine] {
        let horizontal = candidates(.horizontal, rows: image.ink, width: image.width, height: image.height)
        let vertical = candidates(.vertical, rows: Self.transposed(image), width: image.height, height: image.width)
        // Against lines already kept only: the strokes of 国 or 口 would otherwise vouch for
        // each other. Kept short lines vouch in turn, round by round: the short rule under a
        // header cell spanning three narrow columns (between the long borders) holds the
        // borders of 类, 款 and 项 beneath it.
        var keptH = horizontal.filter { $0.length >= options.longLine }
        var keptV = vertical.filter { $0.length >= options.longLine }
        var shortH = horizontal.filter { $0.length < options.longLine }
        var shortV = vertical.filter { $0.length < options.longLine }
        while true {
            let newH = shortH.filter { endsMeet($0, keptV) }, newV = shortV.filter { endsMeet($0, keptH) }
            guard !newH.isEmpty || !newV.isEmpty else { break }
            keptH += newH
            keptV += newV
            shortH.removeAll(where: Set(newH).contains)
            shortV.removeAll(where: Set(newV).contains)
        }
        return (keptH.sorted(by: Self.byPosition) + keptV.sorted(by: Self.byPosition))
    }

    static func byPosition(_ a: RasterLine, _ b: RasterLine) -> Bool {
        (a.acrossAtStart, a.start) < (b.acrossAtStart, b.start)
    }

    /// Whether both ends of `line` touch one of `others` (perpendicular to it).
    private func endsMeet(_ line: RasterLine, _ others: [RasterLine]) -> Bool {
        [Double(line.start), Double(line.end - 1)].allSatisfy { end in
            others.contains { meets(line, $0, near: end) }
        }
    }

    /// Whether `other` crosses `line` within the tolerance of `along` on it.
    private func meets(_ line: RasterLine, _ other: RasterLine, near along: Double) -> Bool {
        let tolerance = Double(options.meetTolerance)
        // `other`'s across axis is `line`'s along axis.
        let crossing = other.across(at: line.across(at: along))
        let atLine = line.across(at: crossing)
        return abs(crossing - along) <= tolerance
            && atLine >= Double(other.start) - tolerance && atLine <= Double(other.end) + tolerance
    }

    /// Lines from the long runs of each row of `rows` (row-major, `width` × `height`).
    func candidates(_ orientation: Ruling.Orientation, rows: [UInt8], width: Int, height: Int) -> [RasterLine] {
        let runsByRow = rows.withUnsafeBufferPointer { ink in
            (0..<height).map { longRuns(ink, row: $0, width: width) }
        }
        // Union-find over the runs, joining runs of nearby rows that overlap along.
        var all: [RasterLine.Run] = []
        var firstOfRow: [Int] = []
        for runs in runsByRow {
            firstOfRow.append(all.count)
            all += runs
        }
        firstOfRow.append(all.count)
        var parent = Array(all.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        for row in 0..<height where firstOfRow[row] < firstOfRow[row + 1] {
            for earlier in max(0, row - options.rowReach)..<row {
                for i in firstOfRow[row]..<firstOfRow[row + 1] {
                    for j in firstOfRow[earlier]..<firstOfRow[earlier + 1]
                    where all[i].from <= all[j].to + options.maxGap && all[j].from <= all[i].to + options.maxGap {
                        parent[root(i)] = root(j)
                    }
                }
            }
        }
        var groups: [Int: [RasterLine.Run]] = [:]
        for i in all.indices { groups[root(i), default: []].append(all[i]) }
        return groups.values
            .map { RasterLine(orientation: orientation, runs: $0) }
            .filter { $0.length >= options.minRun && $0.thickness <= options.maxThickness }
            .sorted(by: Self.byPosition)
    }

    private func longRuns(_ ink: UnsafeBufferPointer<UInt8>, row: Int, width: Int) -> [RasterLine.Run] {
        var out: [RasterLine.Run] = []
        let base = row * width
        var x = 0
        while x < width {
            guard ink[base + x] != 0 else {
                x += 1
                continue
            }
            let from = x
            var last = x
            // Extend over ink, bridging gaps of up to maxGap paper pixels.
            var probe = x + 1
            while probe < width && probe - last <= options.maxGap + 1 {
                if ink[base + probe] != 0 { last = probe }
                probe += 1
            }
            if last + 1 - from >= options.minRun {
                out.append(RasterLine.Run(across: row, from: from, to: last + 1))
            }
            x = last + 1
        }
        return out
    }

    static func transposed(_ image: BinaryImage) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: image.ink.count)
        let w = image.width, h = image.height
        image.ink.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                for y in 0..<h {
                    for x in 0..<w where source[y * w + x] != 0 { target[x * h + y] = 1 }
                }
            }
        }
        return out
    }
}
