/// A performance self-evaluation form (绩效自评表) as written: the contract's fields (table,
/// project, department, implementer, indicators) and the rest of the form. Rows are rows of the
/// table named by `table`; absent values are written as null.
public struct ScorecardRecord: Codable, Sendable, Equatable {
    /// Id of the table the form was read from.
    public var table: String
    public var title: String?
    public var project: String?
    public var department: String?
    public var implementer: String?
    public var year: Int?
    public var yearText: String?
    public var budget: ScorecardBudgetRecord?
    public var goals: ScorecardGoalsRecord?
    public var indicators: [ScorecardIndicatorRecord]
    public var total: ScorecardTotalRecord?
    public var grade: String?
    public var conclusion: String?
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

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(table, forKey: .table)
        try c.encode(title, forKey: .title)
        try c.encode(project, forKey: .project)
        try c.encode(department, forKey: .department)
        try c.encode(implementer, forKey: .implementer)
        try c.encode(year, forKey: .year)
        try c.encode(yearText, forKey: .yearText)
        try c.encode(budget, forKey: .budget)
        try c.encode(goals, forKey: .goals)
        try c.encode(indicators, forKey: .indicators)
        try c.encode(total, forKey: .total)
        try c.encode(grade, forKey: .grade)
        try c.encode(conclusion, forKey: .conclusion)
        try c.encode(problems, forKey: .problems)
        try c.encode(texts, forKey: .texts)
        try c.encode(checkFailures, forKey: .checkFailures)
    }
}

/// One indicator: levels, the target split into operator, value and unit, the achieved value
/// as printed, weight and score as numbers.
public struct ScorecardIndicatorRecord: Codable, Sendable, Equatable {
    public var row: Int
    public var level1: String?
    public var level2: String?
    public var level3: String
    /// ≥ ≤ = > < or 定性.
    public var `operator`: String?
    public var target: String?
    public var unit: String?
    /// The target cell as printed, sign and unit included.
    public var targetText: String?
    public var actual: String?
    public var weight: Double?
    public var score: Double?
    public var note: String?

    enum CodingKeys: String, CodingKey {
        case row, level1, level2, level3, `operator`, target, unit, actual, weight, score, note
        case targetText = "target_text"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(row, forKey: .row)
        try c.encode(level1, forKey: .level1)
        try c.encode(level2, forKey: .level2)
        try c.encode(level3, forKey: .level3)
        try c.encode(`operator`, forKey: .operator)
        try c.encode(target, forKey: .target)
        try c.encode(unit, forKey: .unit)
        try c.encode(targetText, forKey: .targetText)
        try c.encode(actual, forKey: .actual)
        try c.encode(weight, forKey: .weight)
        try c.encode(score, forKey: .score)
        try c.encode(note, forKey: .note)
    }
}

/// The budget block: its lines and the share of the score it carries.
public struct ScorecardBudgetRecord: Codable, Sendable, Equatable {
    public var lines: [ScorecardBudgetLineRecord]
    public var weight: Double?
    public var score: Double?
    /// Target and achieved execution rate, where a 预算执行率 row prints them.
    public var targetRate: String?
    public var actualRate: String?

    enum CodingKeys: String, CodingKey {
        case lines, weight, score
        case targetRate = "target_rate"
        case actualRate = "actual_rate"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(lines, forKey: .lines)
        try c.encode(weight, forKey: .weight)
        try c.encode(score, forKey: .score)
        try c.encode(targetRate, forKey: .targetRate)
        try c.encode(actualRate, forKey: .actualRate)
    }
}

/// A budget line (年度资金总额, 其中：财政拨款 …); amounts as printed.
public struct ScorecardBudgetLineRecord: Codable, Sendable, Equatable {
    public var row: Int
    public var label: String
    /// 年初预算.
    public var initial: String?
    /// 全年预算数 / 调整后预算数 / 预算数.
    public var budget: String?
    public var executed: String?
    public var rate: String?
    public var weight: Double?
    public var score: Double?
    public var note: String?

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(row, forKey: .row)
        try c.encode(label, forKey: .label)
        try c.encode(initial, forKey: .initial)
        try c.encode(budget, forKey: .budget)
        try c.encode(executed, forKey: .executed)
        try c.encode(rate, forKey: .rate)
        try c.encode(weight, forKey: .weight)
        try c.encode(score, forKey: .score)
        try c.encode(note, forKey: .note)
    }
}

/// 预期目标 and 实际完成情况.
public struct ScorecardGoalsRecord: Codable, Sendable, Equatable {
    public var expected: String?
    public var achieved: String?

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(expected, forKey: .expected)
        try c.encode(achieved, forKey: .achieved)
    }
}

/// The printed total (合计 / 总分值、评价总分 / 得分).
public struct ScorecardTotalRecord: Codable, Sendable, Equatable {
    public var row: Int
    public var label: String
    public var weight: Double?
    public var score: Double?

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(row, forKey: .row)
        try c.encode(label, forKey: .label)
        try c.encode(weight, forKey: .weight)
        try c.encode(score, forKey: .score)
    }
}

/// 存在问题 with its 改进措施, and 问题类型 where printed.
public struct ScorecardProblemRecord: Codable, Sendable, Equatable {
    public var type: String?
    public var problem: String?
    public var suggestion: String?

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(problem, forKey: .problem)
        try c.encode(suggestion, forKey: .suggestion)
    }
}

/// Any other labelled text of the form (项目概况, 主要成效, 项目负责人 …).
public struct ScorecardTextRecord: Codable, Sendable, Equatable {
    public var row: Int
    public var label: String?
    public var text: String?

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(row, forKey: .row)
        try c.encode(label, forKey: .label)
        try c.encode(text, forKey: .text)
    }
}

/// A printed figure that disagrees with the figures it should equal or not exceed.
public struct ScorecardCheckRecord: Codable, Sendable, Equatable {
    /// score_total, weight_total or score_above_weight.
    public var kind: String
    public var row: Int
    public var printed: Double
    public var expected: Double
}
