import Foundation

/// A printed amount cell: a number, a printed dash, or nothing.
public enum AmountText: Sendable, Hashable {
    case amount(Decimal, decimals: Int)
    /// A dash or slash printed where there is no amount (-, —, /).
    case dash
    case blank

    static let dashes: Set<String> = ["-", "—", "－", "–", "——", "/", "／"]

    /// Reads `text` as printed: "2,940.05", "-12.50", "0.00", "88,282,511"; nil when the text is
    /// not an amount at all (a label, a code).
    public init?(_ text: String) {
        let plain = text.filter { !$0.isWhitespace }
        if plain.isEmpty { self = .blank; return }
        if Self.dashes.contains(plain) { self = .dash; return }
        guard plain.isAmountText else { return nil }
        let digits = plain.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "−", with: "-")
        guard let value = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        let decimals = digits.firstIndex(of: ".").map { digits.distance(from: $0, to: digits.endIndex) - 1 } ?? 0
        self = .amount(value, decimals: decimals)
    }

    public var value: Decimal? {
        if case .amount(let value, _) = self { return value }
        return nil
    }

    /// Half a unit of the last printed place: how far the printed figure may be from the
    /// figure it was rounded from.
    public var roundingBound: Decimal {
        guard case .amount(_, let decimals) = self else { return 0 }
        var bound = Decimal(5)
        for _ in 0...decimals { bound /= 10 }
        return bound
    }
}
