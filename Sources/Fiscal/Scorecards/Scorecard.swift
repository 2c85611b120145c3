/// A performance self-evaluation form (绩效自评表) read as records: the project it evaluates,
/// its budget, its indicators with targets, achieved values and scores, its total and the texts
/// that close it. Row numbers are rows of the table it was read from.
package struct Scorecard: Sendable, Hashable {
    /// The form's title line (市级项目支出绩效自评表).
    package var title: String?
    /// 项目名称 / 专项名称.
    package var project: String?
    /// 主管部门, as printed (a code may follow the name).
    package var department: String?
    /// 实施单位.
    package var implementer: String?
    /// The year evaluated, as printed (2023年度), and as a number.
    package var yearText: String?
    package var year: Int?
    package var budget: ScorecardBudget?
    package var goals: ScorecardGoals?
    package var indicators: [ScorecardIndicator]
    /// The printed total (合计 / 总分值、评价总分 / 得分).
    package var total: ScorecardTotal?
    /// 评价等级 / 自评等级.
    package var grade: String?
    /// 评价结论.
    package var conclusion: String?
    /// 存在问题 with 改进措施, or the rows of a 问题与建议 table.
    package var problems: [ScorecardProblem]
    /// Every other labelled text, in table order: 项目概况, 主要成效, 项目负责人 ….
    package var texts: [ScorecardText]
    /// Where the printed scores do not add up.
    package var checkFailures: [ScorecardCheckFailure]

    package init(
        title: String? = nil, project: String? = nil, department: String? = nil,
        implementer: String? = nil, yearText: String? = nil, year: Int? = nil,
        budget: ScorecardBudget? = nil, goals: ScorecardGoals? = nil,
        indicators: [ScorecardIndicator] = [], total: ScorecardTotal? = nil,
        grade: String? = nil, conclusion: String? = nil, problems: [ScorecardProblem] = [],
        texts: [ScorecardText] = [], checkFailures: [ScorecardCheckFailure] = []
    ) {
        self.title = title
        self.project = project
        self.department = department
        self.implementer = implementer
        self.yearText = yearText
        self.year = year
        self.budget = budget
        self.goals = goals
        self.indicators = indicators
        self.total = total
        self.grade = grade
        self.conclusion = conclusion
        self.problems = problems
        self.texts = texts
        self.checkFailures = checkFailures
    }
}
