/// A year as reports print it before 年: 2025年, ２０２５年度, 二〇二五年. Found by hand rather than
/// by regex: Chinese numerals and full-width digits would make the pattern unreadable, and regex
/// literals are rebuilt on every call.
struct YearMention: Equatable {
    var year: Int
    /// From the first digit to 年, or 年度 when 度 follows.
    var range: Range<Int>
    /// A month follows (2024年9月25日): a date, not the year a report is for.
    var isDate: Bool

    /// Years from the founding of the People's Republic to well past any report's: four digits
    /// that fall outside are amounts (1234年 never appears, 8000年 would be a typo).
    static let plausible = 1949...2100

    /// Every year in `text`, in order. Offsets count Characters.
    static func all(in text: String) -> [YearMention] {
        let characters = Array(text)
        var found: [YearMention] = []
        for (index, character) in characters.enumerated() where character == "年" {
            // Up to four digits back, spaces between the digits and 年 allowed ("2024 年").
            var start = index
            while start > 0, characters[start - 1] == " " { start -= 1 }
            // Digits of one kind only: 表一2025年 is table one's caption, not the year 12025.
            let chinese = start > 0 && chineseDigits[characters[start - 1]] != nil
            func digit(at position: Int) -> Int? {
                chinese ? chineseDigits[characters[position]] : arabicValue(characters[position])
            }
            var digits: [Int] = []
            while start > 0, digits.count < 4, let value = digit(at: start - 1) {
                digits.insert(value, at: 0)
                start -= 1
            }
            // A fifth digit before them makes it an amount, not a year.
            guard digits.count == 4, start == 0 || digit(at: start - 1) == nil else { continue }
            let year = digits.reduce(0) { $0 * 10 + $1 }
            guard plausible.contains(year) else { continue }
            var end = index + 1
            if end < characters.count, characters[end] == "度" { end += 1 }
            found.append(YearMention(year: year, range: start..<end, isDate: monthFollows(characters, from: index + 1)))
        }
        return found
    }

    /// The first year in `text` that is not part of a date.
    static func fiscalYear(in text: String) -> Int? {
        guard text.contains("年") else { return nil }
        return all(in: text).first { !$0.isDate }?.year
    }

    /// `text` with every year (and a following 度) taken out.
    static func removingYears(from text: String) -> String {
        guard text.contains("年") else { return text }
        var characters = Array(text)
        for mention in all(in: text).reversed() { characters.removeSubrange(mention.range) }
        return String(characters)
    }

    /// ASCII and full-width digits.
    static func arabicValue(_ character: Character) -> Int? {
        guard character.isASCII || ("０"..."９").contains(character) else { return nil }
        return character.wholeNumberValue
    }

    static func digitValue(_ character: Character) -> Int? {
        arabicValue(character) ?? chineseDigits[character]
    }

    /// The numerals years are written in: 二〇二五 (〇, ○ and 零 all stand for zero).
    static let chineseDigits: [Character: Int] = [
        "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
        "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// 9月, 十二月, ９ 月 after a year.
    static func monthFollows(_ characters: [Character], from index: Int) -> Bool {
        var cursor = index
        while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
        var count = 0
        while cursor < characters.count, count < 3, digitValue(characters[cursor]) != nil || characters[cursor] == "十" {
            cursor += 1
            count += 1
        }
        while cursor < characters.count, characters[cursor] == " " { cursor += 1 }
        return count > 0 && cursor < characters.count && characters[cursor] == "月"
    }
}
