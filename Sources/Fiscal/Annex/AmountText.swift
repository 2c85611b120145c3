/// A printed amount cell: a number, a printed dash, or nothing.
package enum AmountText: Sendable, Hashable {
    /// The value and how many decimals were printed. Binary floating point holds every printed
    /// amount of these tables exactly enough (15 significant digits); sums are compared within
    /// a rounding bound far above its error.
    case amount(Double, decimals: Int)
    /// A dash or slash printed where there is no amount (-, —, /).
    case dash
    case blank

    static let dashes: Set<String> = ["-", "—", "－", "–", "——", "/", "／"]

    /// Reads `text` as printed: "2,940.05", "-12.50", "0.00", "88,282,511", and the same in
    /// full-width forms ("１，２３４．５０", "－１２"); nil when the text is not an amount at all (a
    /// label, a code, a percentage, a figure with its unit written on, which the table's unit
    /// line would contradict).
    ///
    /// Negatives in parentheses, "(123)", are not read: these tables print negatives with a
    /// minus, and a parenthesised number is an item's numbering ("(1)" 公务用车购置费).
    package init?(_ text: String) {
        let plain = Self.halfWidth(text.filter { !$0.isWhitespace })
        if plain.isEmpty {
            self = .blank
            return
        }
        if Self.dashes.contains(plain) {
            self = .dash
            return
        }
        guard plain.isAmountText else { return nil }
        // Built from its digits: parsing through Decimal or a formatter costs far more, and this
        // runs once per cell.
        var significand: UInt64 = 0, decimals = 0, seenPoint = false
        for character in plain {
            if character == "." {
                seenPoint = true
                continue
            }
            guard let digit = character.wholeNumberValue, character.isASCII else { continue }
            guard significand < UInt64.max / 10 - 9 else { return nil }
            significand = significand * 10 + UInt64(digit)
            if seenPoint { decimals += 1 }
        }
        let negative = plain.first == "-"
        let magnitude = Double(significand) / Self.powersOfTen[min(decimals, Self.powersOfTen.count - 1)]
        self = .amount(negative ? -magnitude : magnitude, decimals: decimals)
    }

    /// Full-width digits, comma, point and minus as their ASCII forms, and the minus sign (−) as
    /// a hyphen: Chinese typesetting prints amounts in either width.
    static func halfWidth(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: out.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0C: out.append(",")
            case 0xFF0E: out.append(".")
            case 0xFF0D, 0x2212: out.append("-")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `text` is a percentage as printed in a share column: an amount followed by % or
    /// ％ ("91.00%", "１００％").
    package static func isPercentage(_ text: String) -> Bool {
        let plain = text.filter { !$0.isWhitespace }
        guard let last = plain.last, last == "%" || last == "％" else { return false }
        if case .amount = AmountText(String(plain.dropLast())) { return true }
        return false
    }

    static let powersOfTen: [Double] = (0...15).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

    package var value: Double? {
        if case .amount(let value, _) = self { return value }
        return nil
    }

    /// Half a unit of the last printed place: how far the printed figure may be from the
    /// figure it was rounded from.
    package var roundingBound: Double {
        guard case .amount(_, let decimals) = self else { return 0 }
        return 0.5 / Self.powersOfTen[min(decimals, Self.powersOfTen.count - 1)]
    }

    /// Decimals printed, 0 for a blank or a dash.
    package var decimals: Int {
        if case .amount(_, let decimals) = self { return decimals }
        return 0
    }
}
