/// Paints found rulings out of the grey image before recognition: table borders read as
/// strokes of characters (一, 丨, |) and split cells' text into false lines.
package enum RulingEraser {
    /// Pixels painted on each side of a run, for the grey halo a scanned (and resampled) line
    /// has: a faint line left behind is read as a row of 一 or joins cells into one text line.
    package static let halo = 2

    package static func erase(_ lines: [RasterLine], from image: inout GreyImage) {
        let w = image.width, h = image.height
        image.pixels.withUnsafeMutableBufferPointer { grey in
            for line in lines {
                for run in line.runs {
                    for across in max(
                        0, run.across - halo)...min((line.orientation == .horizontal ? h : w) - 1, run.across + halo)
                    {
                        let limit = line.orientation == .horizontal ? w : h
                        for along in max(0, run.from - halo)..<min(limit, run.to + halo) {
                            let index = line.orientation == .horizontal ? across * w + along : along * w + across
                            grey[index] = 255
                        }
                    }
                }
            }
        }
    }
}
