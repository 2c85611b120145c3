/// The body a cover title names, once the year, the government level and the kind of report
/// are taken off: 上海市XX局2024年度部门决算 → 上海市XX局, 2023年度四川省乐山市医疗保障局决算公开 →
/// 四川省乐山市医疗保障局.
enum TitleOrganization {
    /// Levels of government titles add before the kind (市级单位预算, 区县级部门决算).
    static let levels = [
        "区县级", "乡镇级", "街道级", "省本级", "市本级", "区本级", "县本级", "省级", "市级",
        "区级", "县级", "州级", "盟级", "旗级", "镇级", "乡级", "本级",
    ]
    /// Words that end titles besides the kind of report.
    /// 部门 and 单位 are left of a kind printed without them (XX局部门决算报告 → XX局部门).
    static let trailers = ["（草案）", "(草案)", "草案", "信息公开", "公开", "情况说明", "说明", "部门", "单位"]

    /// The title's body, or nil when nothing that could name one is left.
    static func organization(in title: String, kinds: [String]) -> String? {
        var rest = YearMention.removingYears(from: title.filter { !$0.isWhitespace })
        // Two-digit years (25年预算) are not fiscal years we read, but are no part of a name either.
        rest = rest.replacing(/\d{2}年度?/, with: "")
        // 附件2：… when an annex's cover is its own file.
        rest = rest.replacing(/^附件\d*[：:]?/, with: "")
        let suffixes = (kinds + levels + trailers).sorted { $0.count > $1.count }
        var changed = true
        while changed {
            changed = false
            rest = String(rest.trimming(separators))
            if let suffix = suffixes.first(where: { rest.hasSuffix($0) && rest.count > $0.count || rest == $0 }) {
                rest.removeLast(suffix.count)
                changed = true
            }
            if let level = levels.first(where: rest.hasPrefix) {
                rest.removeFirst(level.count)
                changed = true
            }
            if rest.hasPrefix("关于") {
                rest.removeFirst(2)
                changed = true
            }
        }
        guard rest.count >= 2, rest.contains(where: \.isCJKIdeograph),
            !rest.contains(where: { YearMention.arabicValue($0) != nil })
        else {
            return nil
        }
        return rest
    }

    /// A name that is only a place (上海市普陀区, 四川省): what is left of a government-wide title
    /// such as 上海市普陀区2025年区级部门预算, which names the district, not the department.
    static func isPlaceName(_ name: String) -> Bool {
        placeSuffixes.contains { name.hasSuffix($0) }
    }

    static let placeSuffixes = ["省", "市", "区", "县", "州", "旗", "盟", "镇", "乡", "街道", "地区"]

    static let separators: Set<Character> = [" ", "　", "·", "•", "-", "—", "–", "：", ":", "，", ",", "、", "_"]
}

extension String {
    /// The string without leading and trailing characters of `set`.
    func trimming(_ set: Set<Character>) -> Substring {
        let start = firstIndex { !set.contains($0) } ?? endIndex
        let end = lastIndex { !set.contains($0) }.map(index(after:)) ?? start
        return self[start..<max(start, end)]
    }
}

extension Character {
    /// A Han character (not punctuation or a full-width form).
    var isCJKIdeograph: Bool {
        unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
            ?? false
    }
}
