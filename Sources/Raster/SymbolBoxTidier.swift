/// Straightens the character boxes an LSTM recogniser gives. Its left edges are good (where a
/// character starts firing) but a box often runs on to the next character's start, over a
/// cell border erased before recognition, or past its neighbour: then "911.64" sorts as
/// "911.46", or its "4" lands in the next cell.
package enum SymbolBoxTidier {
    /// In each text line (symbols in the engine's order sharing a line box): left edges kept in
    /// order, each right edge cut at the next symbol's left edge and at the first vertical
    /// ruling it crosses.
    package static func tidy(_ symbols: [RecognisedSymbol], verticalLines: [RasterLine]) -> [RecognisedSymbol] {
        var out = symbols
        for i in out.indices {
            var box = out[i].box
            let sameLineBefore = i > 0 && out[i - 1].line == out[i].line
            if sameLineBefore { box.left = max(box.left, out[i - 1].box.left + 1) }
            if i + 1 < out.count, out[i + 1].line == out[i].line, symbols[i + 1].box.left > box.left {
                box.right = min(box.right, symbols[i + 1].box.left)
            }
            let middle = Double(box.top + box.bottom) / 2
            for line in verticalLines where Double(line.start) <= middle && middle < Double(line.end) {
                let x = Int(line.across(at: middle).rounded())
                if x > box.left && x < box.right { box.right = x }
            }
            box.right = max(box.right, box.left + 1)
            out[i].box = box
        }
        return out
    }
}
