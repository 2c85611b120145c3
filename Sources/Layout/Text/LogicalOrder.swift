/// Text read from the page left to right put back into the order it is read in, for lines that
/// hold right-to-left script (Hebrew, Arabic).
///
/// A line is right-to-left when it holds more right-to-left letters than left-to-right ones.
/// There the runs of left-to-right text (Latin words, and numbers with their separators) keep
/// their order and everything else reads from the right; in a left-to-right line only the
/// right-to-left runs are turned. Characters are kept as the text layer gives them (no
/// mirroring of brackets: the text layer already names the shape that is printed).
enum LogicalOrder {
    enum Direction { case leftToRight, rightToLeft, neutral }

    /// `visual` (characters and spaces in left-to-right order on the page) in reading order.
    static func reading(_ visual: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let directions = visual.map(direction)
        let right = directions.filter { $0 == .rightToLeft }.count
        guard right > 0 else { return visual }
        let left = directions.filter { $0 == .leftToRight }.count
        if right > left {
            // Reading from the right: runs in reverse order, each left-to-right run forward.
            let runs = self.runs(of: .leftToRight, in: visual, directions: directions)
            return runs.reversed().flatMap { run, turned in turned ? Array(visual[run]) : visual[run].reversed() }
        }
        let runs = self.runs(of: .rightToLeft, in: visual, directions: directions)
        return runs.flatMap { run, turned in
            guard turned else { return Array(visual[run]) }
            // Numbers inside a right-to-left run still read left to right.
            let inner = Array(visual[run]),
                numbers = self.runs(of: .leftToRight, in: inner, directions: inner.map(direction))
            return numbers.reversed().flatMap { part, forward in forward ? Array(inner[part]) : inner[part].reversed() }
        }
    }

    /// The line cut into runs: maximal stretches from one character of `direction` (or, for
    /// left-to-right runs, a digit) to the last one before a character of the other direction,
    /// flagged true, and the stretches between them, flagged false.
    static func runs(of wanted: Direction, in visual: [Unicode.Scalar], directions: [Direction])
        -> [(Range<Int>, Bool)]
    {
        func isMember(_ index: Int) -> Bool {
            directions[index] == wanted || (wanted == .leftToRight && isDigit(visual[index]))
        }
        var out: [(Range<Int>, Bool)] = []
        var start = 0, index = 0
        while index < visual.count {
            guard isMember(index) else {
                index += 1
                continue
            }
            // A run ends at its last member before a character of the other direction; neutral
            // characters between members belong to it, except between two numbers (each number
            // is a run of its own: "1.9 2.3" in a right-to-left line is two cells' worth).
            var end = index + 1, scan = index + 1
            while scan < visual.count, directions[scan] != opposite(wanted) {
                if isMember(scan) {
                    let numbers = isDigit(visual[end - 1]) && isDigit(visual[scan])
                    if numbers, !(scan == end || (scan == end + 1 && isNumberSeparator(visual[end]))) { break }
                    end = scan + 1
                }
                scan += 1
            }
            if index > start { out.append((start..<index, false)) }
            out.append((index..<end, true))
            start = end
            index = end
        }
        if start < visual.count { out.append((start..<visual.count, false)) }
        return out
    }

    static func opposite(_ direction: Direction) -> Direction {
        direction == .leftToRight ? .rightToLeft : .leftToRight
    }

    static func direction(_ scalar: Unicode.Scalar) -> Direction {
        if isRightToLeft(scalar) { return .rightToLeft }
        return scalar.properties.isAlphabetic && !isDigit(scalar) ? .leftToRight : .neutral
    }

    /// Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms, without the
    /// Arabic-Indic digits (numbers, read left to right).
    static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0660...0x0669, 0x06F0...0x06F9: return false
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF: return scalar.properties.isAlphabetic
        default: return false
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType == .decimal
    }

    /// A character that joins the digits on both sides into one number.
    static func isNumberSeparator(_ scalar: Unicode.Scalar) -> Bool {
        ".,:/".unicodeScalars.contains(scalar)
    }
}
