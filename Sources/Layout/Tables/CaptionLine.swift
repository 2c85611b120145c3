import Foundation
import PageModel

/// What one printed line above a table's grid says. A line may carry several parts, in any order
/// and with any numbering: "一、2018年度部门收支预算总表", "公开01表：收支预算总表",
/// "部门：某某局　　单位：万元", "收支预算总表（公开01表）".
///
/// Labelled fields (部门：…, 单位：…, 编制单位（盖章）：…) are cut out first, wherever they stand;
/// what is left before them is the title, with a form code at its start or end and a section
/// number at its start set apart.
struct CaptionLine: Sendable, Equatable {
    /// The form code as printed (公开01表, 表一, 附表2-1).
    var formCode: String?
    /// The table's name, numbering and form code removed.
    var title: String?
    /// The section number printed before the title (一、), when there is one.
    var numbering: String?
    /// The unit field as printed (单位：万元).
    var unit: String?
    /// The reporting body's field as printed (部门：某某局).
    var organization: String?
    /// A line wholly in brackets under the title: (2024年度), （设施设备购置项目）.
    var subtitle: String?
    /// A period printed on its own: 2023年度.
    var isPeriod = false

    /// Labels of the reporting body, as covers print them too (longest first, so that 部门名称
    /// is not read as 部门).
    static let organizationLabels = LabelledOrganization.labels.map(\.label)
    /// Labels of the unit of amounts.
    static let unitLabels = ["金额单位", "计量单位", "单位"]
    static let allLabels = organizationLabels + unitLabels

    init(_ text: String) {
        let fields = Self.labelledFields(in: text)
        let head = String(text[..<(fields.first?.range.lowerBound ?? text.endIndex)])
        for field in fields {
            let printed = Self.trimmed(String(text[field.range]))
            if Self.unitLabels.contains(field.label), Self.isUnitValue(field.value) {
                unit = unit ?? printed
            } else if Self.organizationLabels.contains(field.label), !field.value.isEmpty {
                organization = organization ?? printed
            }
        }
        readHead(Self.trimmed(head))
    }

    /// Whether the line says nothing but meta parts (no title).
    var isMetaOnly: Bool {
        title == nil && (formCode != nil || unit != nil || organization != nil || subtitle != nil || isPeriod)
    }

    // MARK: The title part

    private mutating func readHead(_ head: String) {
        guard !head.isEmpty else { return }
        let compact = Self.compact(head)
        if Self.isBracketed(compact) {
            subtitle = head
            return
        }
        if Self.isPeriod(compact) {
            isPeriod = true
            return
        }
        var rest = head
        if let code = Self.leadingFormCode(rest) {
            formCode = Self.compact(String(rest[..<code]))
            rest = Self.trimmed(String(rest[code...].drop { "：: 　-—".contains($0) }))
        } else if let code = Self.trailingFormCode(rest) {
            formCode = Self.compact(String(rest[code]))
                .trimmingCharacters(in: ["(", ")", "（", "）"])
            rest = Self.trimmed(String(rest[..<code.lowerBound]))
        }
        if let number = HeadingNumbering(parsing: rest), Self.namesTable(number.title) {
            numbering = number.text
            rest = number.title
        }
        title = rest.isEmpty ? nil : rest
    }

    /// A name ending in 表, before any bracketed remark: 收支预算总表, 支出决算表（续）.
    static func namesTable(_ text: String) -> Bool {
        var compact = Self.compact(text)
        if let open = compact.lastIndex(where: { $0 == "(" || $0 == "（" }), compact.last == ")" || compact.last == "）" {
            compact = String(compact[..<open])
        }
        return compact.count >= 3 && compact.hasSuffix("表")
    }

    // MARK: Form codes

    /// Where a form code at the start of `text` ends: 表一, 表1-2, 附表3, 公开01表, 财决公开01表,
    /// 公开表一, 部门公开表1, followed by a separator or the title.
    static func leadingFormCode(_ text: String) -> String.Index? {
        let characters = Array(text)
        var index = 0
        let prefixes = ["财决公开", "财预公开", "部门公开", "公开", "附表", "表"]
        guard let prefix = prefixes.first(where: { text.hasPrefix($0) }) else { return nil }
        index = prefix.count
        if prefix.hasSuffix("公开"), index < characters.count, characters[index] == "表" { index += 1 }
        let digitsStart = index
        while index < characters.count, isCodeDigit(characters[index]) { index += 1 }
        guard index > digitsStart else { return nil }
        if prefix.hasSuffix("公开"), characters[digitsStart - 1] != "表" {
            guard index < characters.count, characters[index] == "表" else { return nil }
            index += 1
        }
        // Something must follow, and a bare 表 + numeral must be set apart from a title that
        // merely starts with 表.
        guard index < characters.count else { return text.endIndex }
        let next = characters[index]
        if prefix == "表" || prefix == "附表", !("：: 　-—".contains(next) || next.isCJK) { return nil }
        return text.index(text.startIndex, offsetBy: index)
    }

    /// The range of a form code at the end of `text`, alone or in brackets: …总表 公开01表,
    /// …总表（公开01表）.
    static func trailingFormCode(_ text: String) -> Range<String.Index>? {
        var candidates: [String.Index] = []
        for index in text.indices where index != text.startIndex {
            let previous = text[text.index(before: index)]
            if previous == " " || previous == "　" || text[index] == "(" || text[index] == "（" {
                candidates.append(index)
            }
        }
        for start in candidates {
            let tail = compact(String(text[start...])).trimmingCharacters(in: ["(", ")", "（", "）"])
            if isFormCode(tail) { return start..<text.endIndex }
        }
        return nil
    }

    /// A whole form code: 公开01表, 财决公开01表, 附表3, 表1-2.
    static func isFormCode(_ text: String) -> Bool {
        guard let end = leadingFormCode(text) else { return false }
        return end == text.endIndex
    }

    static func isCodeDigit(_ c: Character) -> Bool {
        c.isASCII && c.isNumber || "０１２３４５６７８９一二三四五六七八九十-－—".contains(c)
    }

    // MARK: Labelled fields

    struct Field {
        var label: String
        var value: String
        var range: Range<String.Index>
    }

    /// The `LABEL：value` fields of a line, in order, each running to the next label. A label may
    /// be spaced out (单 位：) and carry a bracketed remark (编制单位（盖章）：).
    static func labelledFields(in text: String) -> [Field] {
        let characters = Array(text)
        var starts: [(label: String, start: Int, valueStart: Int)] = []
        var index = 0
        while index < characters.count {
            if let (label, valueStart) = label(at: index, in: characters) {
                starts.append((label, index, valueStart))
                index = valueStart
            } else {
                index += 1
            }
        }
        return starts.enumerated().map { number, found in
            let end = number + 1 < starts.count ? starts[number + 1].start : characters.count
            let lower = text.index(text.startIndex, offsetBy: found.start)
            let upper = text.index(text.startIndex, offsetBy: end)
            let value = trimmed(String(characters[found.valueStart..<end]))
            return Field(label: found.label, value: value, range: lower..<upper)
        }
    }

    /// The label starting at `start` and where its value begins (after the colon).
    static func label(at start: Int, in characters: [Character]) -> (String, Int)? {
        for label in allLabels {
            var index = start
            var matched = true
            for expected in label {
                guard index < characters.count, characters[index] == expected else {
                    matched = false
                    break
                }
                index += 1
                while index < characters.count, characters[index] == " " || characters[index] == "　" { index += 1 }
            }
            guard matched else { continue }
            // 编制单位（盖章）：
            if index < characters.count, characters[index] == "(" || characters[index] == "（" {
                var close = index + 1
                while close < characters.count, close - index <= 6, characters[close] != ")" && characters[close] != "）"
                {
                    close += 1
                }
                guard close < characters.count, close - index <= 6 else { continue }
                index = close + 1
            }
            while index < characters.count, characters[index] == " " { index += 1 }
            guard index < characters.count, LabelledOrganization.colons.contains(characters[index]) else { continue }
            return (label, index + 1)
        }
        return nil
    }

    /// 万元, 元, 亿元, 人, %: the value of a unit field, not a body's name.
    static func isUnitValue(_ value: String) -> Bool {
        let compact = Self.compact(value)
        return !compact.isEmpty && compact.count <= 8 && compact.contains { "元%人个亩辆".contains($0) }
    }

    // MARK: Text

    static func compact(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
    }

    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: [" ", "\u{3000}"])
    }

    /// 2023年度, 2024年1月-12月: a period printed under or beside the title.
    static func isPeriod(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("0"..."9").contains(first), text.contains("年")
        else { return false }
        return text.allSatisfy { $0.isASCII && $0.isNumber || "年月日度季-—至~～".contains($0) }
    }

    /// A line wholly in brackets: (2024年度), （设施设备购置项目）.
    static func isBracketed(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, text.count >= 3 else { return false }
        return (first == "(" || first == "（") && (last == ")" || last == "）")
    }
}

extension Character {
    fileprivate var isCJK: Bool { unicodeScalars.first?.isCJK ?? false }
}
