import PageModel

/// A body named after a label, as covers and table captions print it: 预算主管部门：X, 单 位：X,
/// 单位名称： with X on the line below. Lines are read in rows (pieces on one baseline, which the
/// line builder splits at wide gaps) so that a letter-spaced label or a value set far to the
/// right of its label still reads as one field.
struct LabelledOrganization: Equatable {
    /// What the label says the body is. Decides between two labelled lines (a unit's report may
    /// print both 单位名称 and 主管部门).
    enum Role: Int, Comparable {
        case department, unit, preparer

        static func < (a: Role, b: Role) -> Bool { a.rawValue < b.rawValue }
    }

    var name: String
    var role: Role
    /// Reading order among the labels found.
    var order: Int

    /// Longest first, so that 预算主管部门 is the label of 预算主管部门：, not 部门.
    static let labels: [(label: String, role: Role)] = [
        ("预算主管部门", .department), ("主管部门名称", .department), ("主管部门及代码", .department),
        ("部门名称", .department), ("主管部门", .department), ("预算部门", .department), ("主管单位", .department),
        ("部门", .department),
        ("预算单位名称", .unit), ("单位名称", .unit), ("预算单位", .unit), ("决算单位", .unit),
        ("单位", .unit),
        ("编制单位", .preparer), ("填报单位", .preparer), ("报送单位", .preparer), ("编报单位", .preparer),
        ("公开单位", .preparer), ("上报单位", .preparer), ("申报单位", .preparer), ("报告单位", .preparer),
        ("编制部门", .preparer), ("填报部门", .preparer), ("报送部门", .preparer),
    ].sorted { $0.label.count > $1.label.count }

    /// Labels of other fields that may follow a value on the same line without a wide gap
    /// (单位名称：XX局 单位：万元 when the line builder kept them together).
    static let otherLabels =
        ([
            "金额单位", "计量单位", "编制日期", "填报日期", "公开日期", "公开时间", "日期",
            "时间", "年度",
        ] + labels.map(\.label)).sorted { $0.count > $1.count }

    static let colons: Set<Character> = ["：", ":", "︰"]

    /// Every labelled body in `lines`, in reading order.
    static func find(in lines: [TextLine]) -> [LabelledOrganization] {
        let rows = rows(of: lines)
        var found: [LabelledOrganization] = []
        for (index, row) in rows.enumerated() {
            // The row's pieces with a boundary mark between them; spaces inside a piece are
            // letter spacing (单 位：).
            let pieces = row.map { $0.text.filter { !$0.isWhitespace } }
            let joined = Array(pieces.joined(separator: "\u{1F}"))
            for colon in joined.indices where colons.contains(joined[colon]) {
                var before = String(joined[..<colon].filter { $0 != "\u{1F}" })
                // 编制单位（盖章）： — a note to the signer between label and colon.
                if before.last == "）" || before.last == ")",
                    let open = before.lastIndex(where: { $0 == "（" || $0 == "(" }),
                    before.distance(from: open, to: before.endIndex) <= 6
                {
                    before = String(before[..<open])
                }
                guard let label = labels.first(where: { before.hasSuffix($0.label) }),
                    startsField(joined, labelOffset: before.count - label.label.count)
                else { continue }
                var value = valueAfter(joined, colon: colon)
                // Nothing after the colon on its row: the value is set on the line below.
                if value.isEmpty, index + 1 < rows.count, isJustBelow(rows[index + 1], row),
                    let next = rows[index + 1].first?.text.filter({ !$0.isWhitespace }),
                    !next.contains(where: colons.contains)
                {
                    value = next
                }
                if let name = cleaned(value) {
                    found.append(LabelledOrganization(name: name, role: label.role, order: found.count))
                }
            }
        }
        return found
    }

    /// A label opens its piece of the row, or follows another field's end (万元, 年度, a form
    /// code, punctuation): inside running text (本部门：负责…) it is no label. `offset` counts
    /// the row's characters without boundary marks, as `before` does.
    static func startsField(_ joined: [Character], labelOffset offset: Int) -> Bool {
        guard offset > 0 else { return true }
        var seen = 0
        for (index, character) in joined.enumerated() where character != "\u{1F}" {
            if seen == offset {
                let previous = joined[index - 1]
                return previous == "\u{1F}" || !previous.isCJKIdeograph || "元表度".contains(previous)
            }
            seen += 1
        }
        return true
    }

    /// The body to report among those found: the report's own kind decides whether the unit or
    /// the department it answers to comes first; bodies that only prepared the file come last.
    static func best(_ found: [LabelledOrganization], unitReport: Bool) -> String? {
        func rank(_ role: Role) -> Int {
            switch role {
            case .department: unitReport ? 1 : 0
            case .unit: unitReport ? 0 : 1
            case .preparer: 2
            }
        }
        return found.min { (rank($0.role), $0.order) < (rank($1.role), $1.order) }?.name
    }

    /// Up to the end of the colon's piece (the next piece when the value is set apart), and
    /// short of a following field.
    static func valueAfter(_ joined: [Character], colon: Int) -> String {
        var start = colon + 1
        if start < joined.count, joined[start] == "\u{1F}" { start += 1 }
        var end = start
        while end < joined.count, joined[end] != "\u{1F}", !colons.contains(joined[end]) { end += 1 }
        var value = String(joined[start..<end])
        if end < joined.count, colons.contains(joined[end]),
            let label = otherLabels.first(where: value.hasSuffix)
        {
            value.removeLast(label.count)
        }
        return value
    }

    /// The value as a name, or nil when it is none: a unit of amounts (单位：万元), a date, a
    /// year, a blank to fill in.
    static func cleaned(_ raw: String) -> String? {
        var value = raw
        // A year ends the name: 单位名称：XX局2023年度 when the year is set close after it.
        if let year = YearMention.all(in: value).first {
            value = String(Array(value)[..<year.range.lowerBound])
        }
        // So does a code (主管部门及代码：XX局 123001) and a note to the signer (XX局（盖章）).
        if let code = value.firstMatch(of: /[0-9０-９]{3,}/) { value = String(value[..<code.range.lowerBound]) }
        if let note = value.firstMatch(of: /[（(](?:盖章|公章|签章|章)[）)]$/) {
            value = String(value[..<note.range.lowerBound])
        }
        value = String(value.trimming(TitleOrganization.separators.union(["。", "；", ";", "（", "）", "(", ")"])))
        // A title line below an empty label (单位名称： / 部门决算) is not a name either.
        // Running text (a sentence after a colon) is no name either.
        guard (2...40).contains(value.count), value.contains(where: \.isCJKIdeograph), !isUnit(value),
            !value.contains(where: { "，,。；;、".contains($0) }),
            !CoverReader.reportKinds.contains(where: value.hasSuffix),
            !value.contains(where: { YearMention.arabicValue($0) != nil })
        else { return nil }
        return value
    }

    /// 万元, 元, 人民币千元, 万元（保留两位小数）.
    static func isUnit(_ value: String) -> Bool {
        let amount = value.drop { "人民币".contains($0) }.drop { "十百千万亿".contains($0) }
        return amount.hasPrefix("元")
    }

    /// Lines grouped into rows: consecutive lines whose boxes share most of their height.
    static func rows(of lines: [TextLine]) -> [[TextLine]] {
        var rows: [[TextLine]] = []
        for line in lines {
            if let last = rows.last?.last,
                line.box.verticalOverlap(last.box) >= 0.5 * min(line.box.height, last.box.height)
            {
                rows[rows.count - 1].append(line)
            } else {
                rows.append([line])
            }
        }
        return rows.map { $0.sorted { $0.box.x0 < $1.box.x0 } }
    }

    /// The next row starts within two line heights below: the same field, not a later one.
    static func isJustBelow(_ next: [TextLine], _ row: [TextLine]) -> Bool {
        guard let below = next.first, let above = row.first else { return false }
        let gap = below.box.top - row.map(\.box.bottom).max()!
        return gap >= -1 && gap < 2 * max(above.height, below.height)
    }
}
