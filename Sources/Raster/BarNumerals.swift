/// Reads 二 and 三 that an engine took for "=", "-" or 一, and 一 read as "-". They are nothing but bars, so a
/// recogniser trained on mixed text reads them as a sign, above all in numbering such as （二）
/// and in a header's 二级指标; beside Chinese text such a sign is a numeral, and the bars of ink
/// in its place say which.
package enum BarNumerals {
    /// What an engine reads for a numeral made of bars.
    static let misreadings: Set<String> = ["=", "-", "一", "—"]
    /// A row of the symbol's ink is part of a bar when it holds at least this share of the
    /// fullest row's ink: a bar crosses the character, a neighbour's stray stroke does not.
    static let barShare = 0.5

    /// `symbols` with each misread bar numeral beside Chinese text (an ideograph, CJK
    /// punctuation or a bracket next to it on its line) replaced by 二 or 三, counted in
    /// `image` (ink darker than `inkCut`) over the symbol's width and its line's height.
    package static func correct(_ symbols: [RecognisedSymbol], in image: GreyImage, inkCut: UInt8)
        -> [RecognisedSymbol]
    {
        var out = symbols
        for i in symbols.indices where misreadings.contains(symbols[i].text) && besideChinese(i, symbols) {
            let symbol = symbols[i]
            let box = PixelBox(
                left: symbol.box.left, top: min(symbol.line.top, symbol.box.top), right: symbol.box.right,
                bottom: max(symbol.line.bottom, symbol.box.bottom))
            switch bars(in: image, box: box, inkCut: inkCut) {
            case 1 where symbol.text == "-" && startsWord(i, symbols): out[i].text = "一"
            case 2: out[i].text = "二"
            case 3: out[i].text = "三"
            default: break
            }
        }
        return out
    }

    /// A hyphen before an ideograph, with no digit or letter before it on its line, is 一
    /// (-般公共预算 for 一般公共预算): Chinese sets no hyphen there, and a minus sign stands
    /// before a number.
    private static func startsWord(_ i: Int, _ symbols: [RecognisedSymbol]) -> Bool {
        let line = symbols[i].line
        guard i + 1 < symbols.count, symbols[i + 1].line == line,
            symbols[i + 1].text.unicodeScalars.first?.properties.isIdeographic == true
        else { return false }
        guard i > 0, symbols[i - 1].line == line, let before = symbols[i - 1].text.unicodeScalars.last else {
            return true
        }
        return !(before.isASCII && (before.properties.isAlphabetic || before.properties.numericType != nil))
    }

    private static func besideChinese(_ i: Int, _ symbols: [RecognisedSymbol]) -> Bool {
        [i - 1, i + 1].contains { j in
            guard symbols.indices.contains(j), symbols[j].line == symbols[i].line,
                let first = symbols[j].text.unicodeScalars.first
            else { return false }
            return first.isCJK || "()".unicodeScalars.contains(first)
        }
    }

    /// The number of separate horizontal bars of ink in `box`.
    static func bars(in image: GreyImage, box: PixelBox, inkCut: UInt8) -> Int {
        let left = max(0, box.left), right = min(image.width, box.right)
        let top = max(0, box.top), bottom = min(image.height, box.bottom)
        guard left < right, top < bottom else { return 0 }
        let rows = image.pixels.withUnsafeBufferPointer { pixels in
            (top..<bottom).map { y in (left..<right).count { pixels[y * image.width + $0] <= inkCut } }
        }
        guard let fullest = rows.max(), fullest > 0, let first = rows.firstIndex(where: { $0 > 0 }),
            let last = rows.lastIndex(where: { $0 > 0 })
        else { return 0 }
        // Bars only: a stroke running down half the ink's height is part of another character
        // (a box that strayed over 档's 木 read 一 as 二).
        let tallest = image.pixels.withUnsafeBufferPointer { pixels in
            (left..<right).map { x in
                var longest = 0, run = 0
                for y in top..<bottom {
                    run = pixels[y * image.width + x] <= inkCut ? run + 1 : 0
                    longest = max(longest, run)
                }
                return longest
            }.max() ?? 0
        }
        var bars = 0, inBar = false
        for count in rows {
            let bar = Double(count) >= barShare * Double(fullest)
            if bar && !inBar { bars += 1 }
            inBar = bar
        }
        // One bar is flat: a quarter of the line's height at most.
        if bars == 1 { return 4 * (last - first + 1) <= bottom - top ? 1 : 0 }
        return 2 * tallest < last - first + 1 ? bars : 0
    }
}
