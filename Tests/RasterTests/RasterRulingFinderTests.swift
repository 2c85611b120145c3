import PageModel
import Raster
import Testing

@Suite("Raster ruling finder")
struct RasterRulingFinderTests {
    /// Small sizes so a grid fits in a few dozen characters of drawing.
    static var options: RasterRulingFinder.Options {
        var o = RasterRulingFinder.Options()
        o.minRun = 8
        o.maxGap = 1
        o.longLine = 20
        o.meetTolerance = 2
        o.maxThickness = 3
        return o
    }

    /// A 2 × 2 grid of 24 × 12 px with "text" (short strokes) in the cells.
    static func grid() -> BinaryImage {
        let width = 50, height = 28
        var rows = [[Character]](repeating: [Character](repeating: ".", count: width), count: height)
        for y in [1, 13, 25] { for x in 1...49 { rows[y][x] = "#" } }
        for x in [1, 25, 49] { for y in 1...25 { rows[y][x] = "#" } }
        // Strokes shorter than a run: what characters leave.
        for (x, y) in [(5, 6), (30, 18), (10, 20)] { for dx in 0..<5 { rows[y][x + dx] = "#" } }
        for dy in 0..<5 { rows[4 + dy][40] = "#" }
        return BinaryImage(rows: rows.map { String($0) })
    }

    @Test("A drawn grid gives its three rows and three columns of lines, and nothing from the text")
    func grid() {
        let lines = RasterRulingFinder(options: Self.options).lines(in: Self.grid())
        let horizontal = lines.filter { $0.orientation == .horizontal }
        let vertical = lines.filter { $0.orientation == .vertical }
        #expect(horizontal.map { Int($0.acrossAtStart.rounded()) } == [1, 13, 25])
        #expect(vertical.map { Int($0.acrossAtStart.rounded()) } == [1, 25, 49])
        #expect(horizontal.allSatisfy { $0.start == 1 && $0.end == 50 && abs($0.thickness - 1) < 0.01 })
        #expect(vertical.allSatisfy { $0.start == 1 && $0.end == 26 })
    }

    @Test("Rulings in points: pixel centres, scaled by 72 / dpi")
    func rulingsInPoints() {
        let lines = RasterRulingFinder(options: Self.options).lines(in: Self.grid())
        let rulings = lines.map { $0.ruling(pointsPerPixel: 0.5) }
        #expect(rulings.contains(.horizontal(y: 6.75, from: 0.5, to: 25, width: 0.5)))
        #expect(rulings.contains(.vertical(x: 12.75, from: 0.5, to: 13, width: 0.5)))
    }

    @Test("A skewed line (a staircase of runs) is one line with its slope, and gives the skew")
    func skewedLine() {
        // 120 px falling 3 px: a step every 30 px, two pixels thick.
        var rows = [String](repeating: String(repeating: ".", count: 130), count: 12)
        for step in 0..<4 {
            for y in [3 + step, 4 + step] {
                var chars = Array(rows[y])
                for x in (5 + 30 * step)..<(5 + 30 * (step + 1)) { chars[x] = "#" }
                rows[y] = String(chars)
            }
        }
        var options = Self.options
        options.longLine = 100
        let lines = RasterRulingFinder(options: options).lines(in: BinaryImage(rows: rows))
        #expect(lines.count == 1)
        let line = lines[0]
        #expect(line.orientation == .horizontal && line.start == 5 && line.end == 125)
        #expect(abs(line.slope - 0.033) < 0.004)
        #expect(abs(line.thickness - 2) < 0.01)
        let skew = SkewEstimator.degrees(lines, minLength: 100)
        #expect(abs(skew - 1.9) < 0.25)
    }

    @Test("A thick block (a dark scanner border) is not a ruling")
    func thickBlock() {
        let rows = [String](repeating: String(repeating: "#", count: 40), count: 10)
        #expect(RasterRulingFinder(options: Self.options).lines(in: BinaryImage(rows: rows)).isEmpty)
    }

    @Test("A short stroke that meets no long line is left as text")
    func shortStrokeAlone() {
        var rows = [String](repeating: String(repeating: ".", count: 40), count: 5)
        rows[2] = "...." + String(repeating: "#", count: 12) + String(repeating: ".", count: 24)
        #expect(RasterRulingFinder(options: Self.options).lines(in: BinaryImage(rows: rows)).isEmpty)
    }

    @Test("Erasing paints a line's pixels and its halo white, and nothing else")
    func erasing() {
        let binary = Self.grid()
        var grey = GreyImage(
            width: binary.width, height: binary.height,
            pixels: binary.ink.map { $0 != 0 ? 0 : 255 })
        let lines = RasterRulingFinder(options: Self.options).lines(in: binary)
        RulingEraser.erase(lines, from: &grey)
        #expect(grey[1, 1] == 255 && grey[25, 13] == 255 && grey[49, 20] == 255)
        #expect(grey[7, 6] == 0 && grey[40, 6] == 0)  // the strokes in the cells stay
    }

    @Test("Short borders held by a short rule that the long borders hold are kept; a stray stroke is not")
    func nestedHeader() {
        let width = 60, height = 28
        var rows = [[Character]](repeating: [Character](repeating: ".", count: width), count: height)
        for y in [1, 25] { for x in 1...58 { rows[y][x] = "#" } }
        for x in [1, 16, 58] { for y in 1...25 { rows[y][x] = "#" } }
        // The rule under a header cell spanning three sub-columns, and their borders below it.
        for x in 1...16 { rows[9][x] = "#" }
        for x in [6, 11] { for y in 9...25 { rows[y][x] = "#" } }
        // A stroke as long as those borders that meets nothing.
        for y in 10...22 { rows[y][40] = "#" }
        let lines = RasterRulingFinder(options: Self.options).lines(in: BinaryImage(rows: rows.map { String($0) }))
        let horizontal = lines.filter { $0.orientation == .horizontal }
        let vertical = lines.filter { $0.orientation == .vertical }
        #expect(horizontal.map { Int($0.acrossAtStart.rounded()) } == [1, 9, 25])
        #expect(vertical.map { Int($0.acrossAtStart.rounded()) } == [1, 6, 11, 16, 58])
    }
}
