import PageModel

/// A ruling found in a page image, in pixels: the ink runs it is made of and the straight line
/// fitted through them. A scan's skew leaves a horizontal line as a staircase of runs over
/// several rows, so the fit carries a slope.
package struct RasterLine: Sendable, Hashable {
    /// One stretch of ink along a row (for a horizontal line) or a column (for a vertical one).
    package struct Run: Sendable, Hashable {
        /// The row (or column) the run lies in.
        package var across: Int
        /// First pixel along, and one past the last.
        package var from: Int
        package var to: Int

        package init(across: Int, from: Int, to: Int) {
            self.across = across
            self.from = from
            self.to = to
        }

        package var length: Int { to - from }
    }

    package var orientation: Ruling.Orientation
    package var runs: [Run]
    /// Extent along the line, one past the last pixel at `end`.
    package var start: Int
    package var end: Int
    /// Across position of the fitted centre line at `start` (pixel index, not pixel edge).
    package var acrossAtStart: Double
    /// Across change per pixel along: the tangent of the skew.
    package var slope: Double
    /// Ink pixels per pixel of length.
    package var thickness: Double

    package var length: Int { end - start }

    package func across(at along: Double) -> Double {
        acrossAtStart + slope * (along - Double(start))
    }

    /// Fits the centre line through every ink pixel of `runs` by least squares.
    package init(orientation: Ruling.Orientation, runs: [Run]) {
        precondition(!runs.isEmpty, "RasterLine: no runs")
        self.orientation = orientation
        self.runs = runs
        start = runs.map(\.from).min()!
        end = runs.map(\.to).max()!
        // Sums over the pixels of each run in closed form: along = from…to-1, across fixed.
        var n = 0.0, sx = 0.0, sy = 0.0, sxx = 0.0, sxy = 0.0
        for run in runs {
            let count = Double(run.length), first = Double(run.from), last = Double(run.to - 1)
            let sumAlong = (first + last) * count / 2
            let sumSquares = Self.sumOfSquares(upTo: last) - Self.sumOfSquares(upTo: first - 1)
            n += count
            sx += sumAlong
            sy += count * Double(run.across)
            sxx += sumSquares
            sxy += sumAlong * Double(run.across)
        }
        let variance = sxx - sx * sx / n
        slope = variance > 1e-9 ? (sxy - sx * sy / n) / variance : 0
        let meanAlong = sx / n, meanAcross = sy / n
        acrossAtStart = meanAcross + slope * (Double(start) - meanAlong)
        thickness = n / Double(max(1, end - start))
    }

    private static func sumOfSquares(upTo k: Double) -> Double {
        k < 0 ? 0 : k * (k + 1) * (2 * k + 1) / 6
    }

    /// The same line as the vector path would give it, in points (`pointsPerPixel` = 72 / dpi).
    package func ruling(pointsPerPixel scale: Double) -> Ruling {
        // Pixel i covers i…i+1, so its centre is at i + 0.5.
        let middle = (across(at: Double(start)) + across(at: Double(end - 1))) / 2 + 0.5
        switch orientation {
        case .horizontal:
            return .horizontal(
                y: middle * scale, from: Double(start) * scale, to: Double(end) * scale,
                width: thickness * scale)
        case .vertical:
            return .vertical(
                x: middle * scale, from: Double(start) * scale, to: Double(end) * scale,
                width: thickness * scale)
        }
    }
}
