/// Which standard annex table a table is, as a stable key: `final.` for 决算 forms, `budget.` for
/// 预算 forms, then the table's role (`final.summary` is 收入支出决算总表).
public enum AnnexKind {
    /// Title patterns, most specific first: a title is the first kind all of whose fragments it
    /// contains. Titles are compared without white space and quotation marks, so 财政拨款“三公”经费
    /// and 财政拨款"三公"经费 agree.
    static let patterns: [(key: String, fragments: [String])] = [
        ("final.appropriation_summary", ["财政拨款收入支出决算总表"]),
        ("final.summary", ["收入支出决算总表"]),
        ("final.general_budget_expenditure_detail", ["一般公共预算财政拨款支出决算明细表"]),
        ("final.appropriation_expenditure_detail", ["财政拨款支出决算明细表"]),
        ("final.general_budget_basic_expenditure", ["一般公共预算财政拨款基本支出决算表"]),
        ("final.general_budget_project_expenditure", ["一般公共预算财政拨款项目支出决算表"]),
        ("final.three_public_expenses", ["三公经费支出决算表"]),
        ("final.general_budget_expenditure", ["一般公共预算财政拨款支出决算表"]),
        ("final.government_fund", ["政府性基金预算财政拨款收入支出决算表"]),
        ("final.government_fund", ["政府性基金预算财政拨款支出决算表"]),
        ("final.state_capital_income_expenditure", ["国有资本经营预算财政拨款收入支出决算表"]),
        ("final.state_capital_expenditure", ["国有资本经营预算财政拨款支出决算表"]),
        ("final.income", ["收入决算表"]),
        ("final.expenditure", ["支出决算表"]),
        ("budget.appropriation_summary", ["财政拨款收支预算总表"]),
        ("budget.appropriation_summary", ["财政拨款收入支出预算总表"]),
        ("budget.summary", ["收支预算总表"]),
        ("budget.summary", ["收入支出预算总表"]),
        ("budget.general_budget_basic_expenditure", ["一般公共预算基本支出", "预算表"]),
        ("budget.general_budget_expenditure", ["一般公共预算", "支出", "预算表"]),
        ("budget.government_fund", ["政府性基金预算", "预算表"]),
        ("budget.state_capital_expenditure", ["国有资本经营预算", "预算表"]),
        ("budget.three_public_expenses", ["三公经费", "预算表"]),
        ("budget.income", ["收入预算"]),
        ("budget.expenditure", ["支出预算"]),
    ]

    /// The kind of the table titled `title`, or nil when it is not a standard annex table.
    public static func recognize(title: String?) -> String? {
        guard let title else { return nil }
        let plain = String(title.filter { !$0.isWhitespace && !"“”\"'‘’「」".contains($0) })
        return patterns.first { pattern in pattern.fragments.allSatisfy { plain.contains($0) } }?.key
    }
}
