import Foundation

/// Every printed word the scorecard reader recognises, in one place. Labels are matched on their
/// text with white space removed; each table is searched in order and the first rule that
/// matches wins, so a longer or more specific word comes before any word it contains.
enum ScorecardVocabulary {
    /// A rule: the field, and the words any one of which marks it.
    typealias Rule<Field> = (field: Field, words: [String])

    // MARK: The indicator block

    /// Headers of the indicator columns. 未完成原因分析 and 实际完成值 both contain 完成, 实际完成
    /// 指标值 contains 指标值: reasons come first, actual values before targets.
    static let indicatorColumns: [Rule<IndicatorColumn>] = [
        (.note, ["原因", "改进措施", "备注", "说明"]),
        (.level1, ["一级指标"]),
        (.level2, ["二级指标"]),
        (.level3, ["三级指标", "指标名称"]),
        (.score, ["得分"]),
        (.weight, ["分值", "权重"]),
        (.actual, ["完成值", "实际值", "实际完成"]),
        (.target, ["指标值", "目标值"]),
        (.unit, ["度量单位", "计量单位", "单位"]),
        (.comparison, ["指标性质", "性质", "运算符"]),
    ]

    /// A row label in the indicator block that is a summary row, not an indicator.
    static let summaryRows: [Rule<SummaryRow>] = [
        (.budgetExecution, ["预算执行率", "预算执行情况", "资金执行率"]),
        (.total, ["合计", "总计", "总分", "评价总分", "得分"]),
    ]

    // MARK: The budget block

    /// Headers of the budget columns. 预算执行数 contains 预算, 预算执行率 contains 执行: rates
    /// come before executed amounts, executed amounts before budgets.
    static let budgetColumns: [Rule<BudgetColumn>] = [
        (.note, ["原因", "说明"]),
        (.rate, ["执行率"]),
        (.score, ["得分"]),
        (.weight, ["分值", "权重"]),
        (.executed, ["执行数", "执行金额", "实际支出"]),
        (.initial, ["年初预算"]),
        (.budget, ["全年预算", "调整后预算", "预算数", "预算金额"]),
    ]

    /// Row labels of budget lines: 年度资金总额, 其中：财政拨款, 其他资金, 上年结转资金 …
    static let budgetLineWords = ["总额", "合计", "资金", "拨款", "结转", "预算数", "执行数", "其中"]

    // MARK: The fields above

    static let fields: [Rule<ScorecardField>] = [
        (.project, ["项目名称", "专项名称", "资金名称", "转移支付（项目）名称", "转移支付(项目)名称"]),
        (.department, ["主管部门"]),
        (.implementer, ["实施单位", "资金使用单位", "项目单位", "执行单位"]),
    ]

    /// Labels of the year evaluated; matched whole, since 年度资金总额 and 年度总体目标 contain 年度.
    static let yearLabels: Set<String> = ["年度", "评价年度", "所属年度", "项目年度", "年份"]

    /// A column header is a short cell; a longer text that happens to contain a header word
    /// (全年预算数…执行数… in a paragraph) is a value.
    static let maxHeaderLength = 24

    /// A field label is a short cell; longer text that contains a label word is a value.
    static let maxFieldLabelLength = 16

    /// 中央主管部门 names the ministry above; the department that reports is the local one.
    static let secondaryDepartmentWords = ["中央"]

    // MARK: Goals

    /// Headers over the texts of the year's goals: the goal, and what was achieved. Achievement
    /// headers (目标实际完成情况) contain goal words, so they are tested first.
    static let achievedGoalWords = ["完成情况", "实际完成"]
    static let expectedGoalWords = ["预期目标", "总体目标", "年度目标", "绩效目标"]

    // MARK: Closing texts

    static let closingTexts: [Rule<ClosingText>] = [
        (.grade, ["评价等级", "自评等级", "绩效等级"]),
        (.conclusion, ["评价结论", "自评结论", "总体评价"]),
        (.problemTable, ["问题与建议", "问题和建议", "问题及建议"]),
        (.suggestion, ["改进措施", "改进建议", "整改措施", "建议"]),
        (.problem, ["存在问题", "存在的问题", "问题"]),
        (.signature, ["负责人", "填报人", "联系人", "联系电话", "填报日期"]),
    ]

    /// Headers of a table of problems inside the form (问题类型 | 存在问题 | 改进建议).
    static let problemColumns: [Rule<ProblemColumn>] = [
        (.type, ["问题类型", "类型"]),
        (.suggestion, ["改进建议", "改进措施", "建议"]),
        (.problem, ["存在问题", "问题"]),
    ]

    // MARK: Targets

    /// Comparison signs as printed, longest first, and the sign they stand for.
    static let comparisonSigns: [(printed: String, comparison: IndicatorOperator)] = [
        (">=", .atLeast), ("＞＝", .atLeast), ("≥", .atLeast), ("≧", .atLeast),
        ("<=", .atMost), ("＜＝", .atMost), ("≤", .atMost), ("≦", .atMost),
        (">", .greater), ("＞", .greater),
        ("<", .less), ("＜", .less),
        ("=", .equal), ("＝", .equal),
    ]

    /// Marks printed after a qualitative target (=稳步增长定性), longest first.
    static let qualitativeMarks = ["（定性指标）", "(定性指标)", "（定性）", "(定性)", "定性指标", "定性"]

    /// Characters a unit of measure is written with: 人, 万人次, 个(套), 台/套, 百分比, %, 元/人 ….
    /// A number followed by anything else (2024年完成, 80%以上) is a qualitative target.
    static let unitCharacters: Set<Character> = Set(
        "%‰℃㎡㎞人次个元万亿千百十分比率家台套件条项户年月日天时小周钟秒批场所篇份本册张辆平方米公里克吨亩间床位座名"
            + "例期轮处部款种类栋组支棵株头只箱袋盒瓶剂个网点站校园村镇乡区县市省级星档倍岁工作"
            + "()（）/·、")

    /// Characters of a period printed as a subtitle besides digits: (2024年度), (2024年1月-12月).
    static let periodCharacters: Set<Character> = Set("年月日度季-—至~～ ")

    /// The longest unit accepted after a number.
    static let maxUnitLength = 6

    /// Separators of a range target (6-9个月).
    static let rangeSeparators: Set<Character> = ["-", "~", "～", "—", "–", "至"]

    /// Printed where a form has no value: a dash or a slash.
    static let blanks: Set<String> = ["-", "—", "－", "–", "——", "/", "／", "无", "\\"]

    /// Separators between a label and its value inside one cell (项目负责人：衡廷芝).
    static let labelSeparators: Set<Character> = ["：", ":"]
}

/// The kinds of column in the indicator block.
enum IndicatorColumn: CaseIterable, Sendable {
    case level1, level2, level3, comparison, target, unit, actual, weight, score, note
}

/// Rows of the indicator block that carry scores but are not indicators.
enum SummaryRow: Sendable {
    /// 预算执行率（10分）: the budget's share of the score.
    case budgetExecution
    /// 合计 / 总分值、评价总分 / 得分: the form's total.
    case total
}

/// The kinds of column in the budget block.
enum BudgetColumn: Sendable {
    case initial, budget, executed, rate, weight, score, note
}

/// The fields printed above the blocks.
enum ScorecardField: Sendable {
    case project, department, implementer
}

/// The labelled texts under the indicator block.
enum ClosingText: Sendable {
    case grade, conclusion, problemTable, problem, suggestion, signature
}

/// The columns of a table of problems.
enum ProblemColumn: Sendable {
    case type, problem, suggestion
}

extension ScorecardVocabulary {
    /// The kind of column a header cell names, when the cell is short enough to be a header.
    static func matchHeader<Field>(_ text: String, in rules: [Rule<Field>]) -> Field? {
        compact(text).count <= maxHeaderLength ? match(text, in: rules) : nil
    }

    /// The field whose words `text` contains, by the first matching rule.
    static func match<Field>(_ text: String, in rules: [Rule<Field>]) -> Field? {
        let plain = compact(text)
        guard !plain.isEmpty else { return nil }
        return rules.first { rule in rule.words.contains { plain.includes($0) } }?.field
    }

    /// Text without white space, the way labels are compared.
    static func compact(_ text: String) -> String {
        text.filter { !$0.isWhitespace }
    }

    /// Text trimmed of white space, or nil when nothing is left or only a blank mark.
    static func value(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty || blanks.contains(trimmed) ? nil : trimmed
    }

    /// `其中：` → `其中`: a label without the colon printed after it.
    static func removeTrailingSeparator(_ text: String) -> String {
        var text = Substring(text)
        while let last = text.last, ScorecardVocabulary.labelSeparators.contains(last) || last.isWhitespace {
            text = text.dropLast()
        }
        return String(text)
    }

    /// `项目名称：城乡居民…` → ("项目名称", "城乡居民…"); the value is nil when nothing follows.
    static func splitAtSeparator(_ text: String) -> (String, String?)? {
        guard let colon = text.firstIndex(where: ScorecardVocabulary.labelSeparators.contains) else { return nil }
        let label = String(text[..<colon]).trimmingCharacters(in: .whitespaces)
        let value = ScorecardVocabulary.value(String(text[text.index(after: colon)...]))
        return label.isEmpty ? nil : (label, value)
    }
}
