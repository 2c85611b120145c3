/// A performance self-evaluation form (绩效自评表) as written: the contract's fields (table,
/// project, department, implementer, indicators) and the rest of the form. Rows are rows of the
/// table named by `table`.
public struct ScorecardRecord: Codable, Sendable, Equatable {
    /// Id of the table the form was read from.
    public var table: String
    @Nullable public var title: String?
    @Nullable public var project: String?
    @Nullable public var department: String?
    @Nullable public var implementer: String?
    @Nullable public var year: Int?
    @Nullable public var yearText: String?
    @Nullable public var budget: ScorecardBudgetRecord?
    @Nullable public var goals: ScorecardGoalsRecord?
    public var indicators: [ScorecardIndicatorRecord]
    @Nullable public var total: ScorecardTotalRecord?
    @Nullable public var grade: String?
    @Nullable public var conclusion: String?
    public var problems: [ScorecardProblemRecord]
    public var texts: [ScorecardTextRecord]
    /// Where the printed scores do not add up.
    public var checkFailures: [ScorecardCheckRecord]

    enum CodingKeys: String, CodingKey {
        case table, title, project, department, implementer, year, budget, goals, indicators, total
        case grade, conclusion, problems, texts
        case yearText = "year_text"
        case checkFailures = "check_failures"
    }
}

/// One indicator: levels, the target split into operator, value and unit, the achieved value
/// as printed, weight and score as numbers.
public struct ScorecardIndicatorRecord: Codable, Sendable, Equatable {
    public var row: Int
    @Nullable public var level1: String?
    @Nullable public var level2: String?
    public var level3: String
    /// ≥ ≤ = > < or 定性.
    @Nullable public var `operator`: String?
    @Nullable public var target: String?
    @Nullable public var unit: String?
    /// The target cell as printed, sign and unit included.
    @Nullable public var targetText: String?
    @Nullable public var actual: String?
    @Nullable public var weight: Double?
    @Nullable public var score: Double?
    @Nullable public var note: String?

    enum CodingKeys: String, CodingKey {
        case row, level1, level2, level3, `operator`, target, unit, actual, weight, score, note
        case targetText = "target_text"
    }
}

/// The budget block: its lines and the share of the score it carries.
public struct ScorecardBudgetRecord: Codable, Sendable, Equatable {
    public var lines: [ScorecardBudgetLineRecord]
    @Nullable public var weight: Double?
    @Nullable public var score: Double?
    /// Target and achieved execution rate, where a 预算执行率 row prints them.
    @Nullable public var targetRate: String?
    @Nullable public var actualRate: String?

    enum CodingKeys: String, CodingKey {
        case lines, weight, score
        case targetRate = "target_rate"
        case actualRate = "actual_rate"
    }
}

/// A budget line (年度资金总额, 其中：财政拨款 …); amounts as printed.
public struct ScorecardBudgetLineRecord: Codable, Sendable, Equatable {
    public var row: Int
    public var label: String
    /// 年初预算.
    @Nullable public var initial: String?
    /// 全年预算数 / 调整后预算数 / 预算数.
    @Nullable public var budget: String?
    @Nullable public var executed: String?
    @Nullable public var rate: String?
    @Nullable public var weight: Double?
    @Nullable public var score: Double?
    @Nullable public var note: String?
}

/// 预期目标 and 实际完成情况.
public struct ScorecardGoalsRecord: Codable, Sendable, Equatable {
    @Nullable public var expected: String?
    @Nullable public var achieved: String?
}

/// The printed total (合计 / 总分值、评价总分 / 得分).
public struct ScorecardTotalRecord: Codable, Sendable, Equatable {
    public var row: Int
    public var label: String
    @Nullable public var weight: Double?
    @Nullable public var score: Double?
}

/// 存在问题 with its 改进措施, and 问题类型 where printed.
public struct ScorecardProblemRecord: Codable, Sendable, Equatable {
    @Nullable public var type: String?
    @Nullable public var problem: String?
    @Nullable public var suggestion: String?
}

/// Any other labelled text of the form (项目概况, 主要成效, 项目负责人 …).
public struct ScorecardTextRecord: Codable, Sendable, Equatable {
    public var row: Int
    @Nullable public var label: String?
    @Nullable public var text: String?
}

/// A printed figure that disagrees with the figures it should equal or not exceed.
public struct ScorecardCheckRecord: Codable, Sendable, Equatable {
    /// score_total, weight_total or score_above_weight.
    public var kind: String
    public var row: Int
    public var printed: Double
    /// The sum, or the weight the score may not exceed.
    public var expected: Double
}
