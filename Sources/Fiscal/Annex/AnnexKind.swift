/// Which standard annex table a table is, as a stable key: `final.` for 决算 forms, `budget.` for
/// 预算 forms, then the table's role (`final.summary` is 收入支出决算总表).
package enum AnnexKind {
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
        // The budget forms as the Ministry of Finance's template names them since 2017
        // (部门收支总体情况表 …), beside the 预算表 names other provinces print.
        ("budget.appropriation_summary", ["财政拨款收支总体情况表"]),
        ("budget.appropriation_summary", ["财政拨款收支总表"]),
        ("budget.summary", ["收支总体情况表"]),
        ("budget.summary", ["收支总表"]),
        ("budget.three_public_expenses", ["三公经费", "预算表"]),
        ("budget.three_public_expenses", ["三公经费", "情况表"]),
        ("budget.general_budget_basic_expenditure", ["一般公共预算基本支出", "预算表"]),
        ("budget.general_budget_basic_expenditure", ["一般公共预算基本支出", "情况表"]),
        ("budget.general_budget_expenditure", ["一般公共预算", "支出", "预算表"]),
        ("budget.general_budget_expenditure", ["一般公共预算", "支出情况表"]),
        ("budget.government_fund", ["政府性基金预算", "预算表"]),
        ("budget.government_fund", ["政府性基金预算", "情况表"]),
        ("budget.state_capital_expenditure", ["国有资本经营预算", "预算表"]),
        ("budget.state_capital_expenditure", ["国有资本经营预算", "情况表"]),
        ("budget.income", ["收入预算"]),
        ("budget.income", ["收入总体情况表"]),
        ("budget.expenditure", ["支出预算"]),
        ("budget.expenditure", ["支出总体情况表"]),
    ]

    /// The kind of the table titled `title`, or nil when it is not a standard annex table.
    package static func recognize(title: String?) -> String? {
        guard let title else { return nil }
        let plain = String(title.filter { !$0.isWhitespace && !"“”\"'‘’「」".contains($0) })
        return patterns.first { pattern in pattern.fragments.allSatisfy { plain.contains($0) } }?.key
    }

    /// The kind a table's content shows when its title names none (a title lost, or worded its
    /// own way): the header words each standard form has and the others lack, and a subject-code
    /// column. `context` is text that tells 决算 from 预算 (the title, the document's kind); nil
    /// when nothing tells.
    static func recognize(headers: [String], hasCodeColumn: Bool, context: [String?]) -> String? {
        let words = headers.map { String($0.filter { !$0.isWhitespace && !"“”\"'‘’「」".contains($0) }) }
        func has(_ fragment: String) -> Bool { words.contains { $0.contains(fragment) } }
        func hasCell(_ text: String) -> Bool { words.contains(text) }
        let role: String
        if has("公务接待"), has("因公出国") || has("公务用车") {
            role = "three_public_expenses"
        } else if has("人员经费"), has("公用经费") {
            role = "general_budget_basic_expenditure"
        } else if !hasCodeColumn, hasCell("收入") || has("收入项目"), hasCell("支出") || has("支出项目") {
            role = has("政府性基金") || has("一般公共预算") ? "appropriation_summary" : "summary"
        } else if hasCodeColumn, has("基本支出"), has("项目支出") {
            role = "expenditure"
        } else if hasCodeColumn, has("财政拨款") || has("一般公共预算") || has("上年结转") || has("年初结转") {
            role = "income"
        } else {
            return nil
        }
        let told = context.compactMap { $0 }.joined() + words.joined()
        if told.contains("决算") { return "final." + role }
        if told.contains("预算") { return "budget." + role }
        return nil
    }
}
