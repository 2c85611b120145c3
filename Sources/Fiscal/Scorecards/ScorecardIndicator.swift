/// One performance indicator (三级指标) with the levels above it carried down.
package struct ScorecardIndicator: Sendable, Hashable {
    /// The table row it was read from.
    package var row: Int
    /// 一级指标 (产出指标, 效益指标, 满意度指标 …).
    package var level1: String?
    /// 二级指标 (数量指标, 质量指标 …).
    package var level2: String?
    /// 三级指标: the indicator's name.
    package var level3: String
    /// The comparison split from the target, or read from an operator column (指标性质).
    package var comparison: IndicatorOperator?
    /// The target value, without sign and unit.
    package var target: String?
    package var unit: String?
    /// The target cell as printed (≥130000人).
    package var printedTarget: String?
    /// The achieved value as printed.
    package var actual: String?
    /// 分值 / 权重.
    package var weight: Double?
    /// 得分.
    package var score: Double?
    /// 偏差原因 / 扣分原因 / 未完成原因.
    package var note: String?

    package init(
        row: Int, level1: String? = nil, level2: String? = nil, level3: String,
        comparison: IndicatorOperator? = nil, target: String? = nil, unit: String? = nil,
        printedTarget: String? = nil, actual: String? = nil, weight: Double? = nil,
        score: Double? = nil, note: String? = nil
    ) {
        self.row = row
        self.level1 = level1
        self.level2 = level2
        self.level3 = level3
        self.comparison = comparison
        self.target = target
        self.unit = unit
        self.printedTarget = printedTarget
        self.actual = actual
        self.weight = weight
        self.score = score
        self.note = note
    }
}
