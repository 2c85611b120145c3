/// Decoding that accepts what producers of 1.x JSON plausibly write for one field: a number
/// where a string was meant, a numeric string where a number was meant, null or nothing where a
/// value is optional. Used for the fields the contract leaves loose (scorecards, line items).
extension KeyedDecodingContainer {
    /// A string, a number written as text, or nil when absent or null.
    func looseString(_ key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) { return text }
        if let number = try? decode(Double.self, forKey: key) {
            return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        }
        if let flag = try? decode(Bool.self, forKey: key) { return String(flag) }
        throw DecodingError.typeMismatch(
            String.self,
            .init(
                codingPath: codingPath + [key],
                debugDescription: "expected a string or a number"))
    }

    /// A number, a string holding one (`"5"`, `"1,234.5"`), or nil when absent, null or empty.
    func looseNumber(_ key: Key) throws -> Double? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let number = try? decode(Double.self, forKey: key) { return number }
        if let text = try? decode(String.self, forKey: key) {
            if text.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
            if let number = Amount.parse(text) { return number }
        }
        throw DecodingError.typeMismatch(
            Double.self,
            .init(
                codingPath: codingPath + [key],
                debugDescription: "expected a number"))
    }

    /// An array of `T`, or empty when absent or null.
    func optionalArray<T: Decodable>(_ type: T.Type, _ key: Key) throws -> [T] {
        guard contains(key), try !decodeNil(forKey: key) else { return [] }
        return try decode([T].self, forKey: key)
    }
}

/// A coding key made at run time, for reading keys whose names vary.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
