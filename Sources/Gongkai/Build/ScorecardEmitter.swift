import Fiscal

/// Turns a scorecard read from a table into its output form.
enum ScorecardEmitter {
    static func record(_ scorecard: Fiscal.Scorecard, table: String) -> ScorecardRecord {
        ScorecardRecord(
            table: table, title: scorecard.title, project: scorecard.project,
            department: scorecard.department, implementer: scorecard.implementer,
            year: scorecard.year, yearText: scorecard.yearText,
            budget: scorecard.budget.map(budget), goals: scorecard.goals.map(goals),
            indicators: scorecard.indicators.map(indicator), total: scorecard.total.map(total),
            grade: scorecard.grade, conclusion: scorecard.conclusion,
            problems: scorecard.problems.map(problem), texts: scorecard.texts.map(text),
            checkFailures: scorecard.checkFailures.map(check))
    }

    static func indicator(_ indicator: ScorecardIndicator) -> ScorecardIndicatorRecord {
        ScorecardIndicatorRecord(
            row: indicator.row, level1: indicator.level1, level2: indicator.level2,
            level3: indicator.level3, operator: indicator.comparison?.rawValue, target: indicator.target,
            unit: indicator.unit, targetText: indicator.printedTarget, actual: indicator.actual,
            weight: indicator.weight, score: indicator.score, note: indicator.note)
    }

    static func budget(_ budget: ScorecardBudget) -> ScorecardBudgetRecord {
        ScorecardBudgetRecord(
            lines: budget.lines.map {
                ScorecardBudgetLineRecord(
                    row: $0.row, label: $0.label, initial: $0.initial,
                    budget: $0.budget, executed: $0.executed, rate: $0.rate,
                    weight: $0.weight, score: $0.score, note: $0.note)
            },
            weight: budget.weight, score: budget.score,
            targetRate: budget.targetRate, actualRate: budget.actualRate)
    }

    static func goals(_ goals: ScorecardGoals) -> ScorecardGoalsRecord {
        ScorecardGoalsRecord(expected: goals.expected, achieved: goals.achieved)
    }

    static func total(_ total: ScorecardTotal) -> ScorecardTotalRecord {
        ScorecardTotalRecord(row: total.row, label: total.label, weight: total.weight, score: total.score)
    }

    static func problem(_ problem: ScorecardProblem) -> ScorecardProblemRecord {
        ScorecardProblemRecord(type: problem.type, problem: problem.problem, suggestion: problem.suggestion)
    }

    static func text(_ text: ScorecardText) -> ScorecardTextRecord {
        ScorecardTextRecord(row: text.row, label: text.label, text: text.text)
    }

    static func check(_ failure: ScorecardCheckFailure) -> ScorecardCheckRecord {
        ScorecardCheckRecord(
            kind: failure.kind.rawValue, row: failure.row,
            printed: failure.printed, expected: failure.expected)
    }
}
