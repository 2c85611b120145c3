import Layout

/// What each row and column of an annex table holds: header rows, subject-code columns
/// (one 3/5/7-digit column or split 类/款/项 columns), label columns and amount columns, in
/// column groups (the side-by-side halves of a 总表 or of the 基本支出 table).
struct AnnexLayout: Sendable {
    enum Role: Equatable, Sendable {
        case code
        /// One of split 类/款/项 columns; the associated value is its place (0 类, 1 款, 2 项).
        case splitCode(Int)
        case label
        case amount
        /// A share of a total (占比, 比例, cells such as 91.00%): a ratio worked out from the
        /// amounts beside it, so neither a label nor an amount of its own. It is left out of the
        /// line items; the table's cells keep it as printed.
        case share
        /// Row numbers (行次) and similar: neither label nor amount.
        case ignored
    }

    struct Group: Sendable {
        var codeColumns: [Int] = []
        var labelColumns: [Int] = []
        var amountColumns: [Int] = []
    }

    let grid: TableGrid
    let headerRows: Int
    let bodyRows: [Int]
    let roles: [Role]
    /// Each column's header texts, top to bottom, without repeats.
    let paths: [[String]]
    let groups: [Group]
    /// Body rows whose text does not read as an amount, by column: the odd cells of amount
    /// columns (left out of the line items), and the cells that demoted a column.
    let unreadRows: [Int: [Int]]
    /// Columns of amounts with too many cells that do not read, taken as labels instead.
    let demotedColumns: [Int]

    /// Whether some column holds subject codes, whole or split into 类/款/项.
    var hasCodeColumn: Bool {
        roles.contains { role in
            switch role {
            case .code, .splitCode: true
            default: false
            }
        }
    }

    static let rowNumberHeaders: Set<String> = ["行次", "栏次", "序号"]
    static let totalMarkers = ["合计", "总计", "栏次", "行次"]
    static let shareHeaders = ["占比", "比例", "比重", "%", "％"]

    init(_ table: LogicalTable) {
        grid = TableGrid(table)
        let grid = self.grid
        let rows = 0..<table.rowCount, columns = 0..<table.columnCount
        // The header ends at the first row holding a printed amount, other than a row of 栏次
        // numbers.
        headerRows =
            rows.first { row in
                !Self.isColumnNumberRow(row, grid)
                    && columns.contains { if case .amount = grid.amount(row, $0) { true } else { false } }
            } ?? table.rowCount
        let headerRows = self.headerRows
        let bodyRows = rows.filter { row in
            row >= headerRows && !columns.contains { Self.rowNumberHeaders.contains(grid.ownText(row, $0)) }
        }
        let paths = columns.map { column in
            var path: [String] = []
            // Column numbers (栏次 1 2 3) name no column: a path ending in 栏次 would read as a
            // column of row numbers.
            for row in 0..<headerRows where !Self.isColumnNumberRow(row, grid) {
                let text = grid.plainText(row, column)
                if !text.isEmpty, path.last != text { path.append(text) }
            }
            return path
        }
        let readings = columns.map { Self.reading(of: $0, path: paths[$0], grid: grid, bodyRows: bodyRows) }
        self.bodyRows = bodyRows
        self.paths = paths
        roles = readings.map(\.role)
        unreadRows = Dictionary(
            uniqueKeysWithValues: columns.compactMap { column in
                readings[column].unread.isEmpty ? nil : (column, readings[column].unread)
            })
        demotedColumns = columns.filter { readings[$0].demoted }
        groups = Self.group(roles)
    }

    /// A row numbering the columns: 栏次 (or 行次) in one cell, numbers in the others.
    static func isColumnNumberRow(_ row: Int, _ grid: TableGrid) -> Bool {
        let texts = (0..<grid.columnCount).map { grid.ownText(row, $0) }.filter { !$0.isEmpty }
        return texts.contains { rowNumberHeaders.contains($0) }
            && texts.allSatisfy { rowNumberHeaders.contains($0) || $0.isDigits(count: 1...3) }
    }

    /// A column's role; for amounts and demoted amounts, the body rows whose text does not read.
    struct ColumnReading {
        var role: Role
        var unread: [Int] = []
        var demoted = false
    }

    static func reading(of column: Int, path: [String], grid: TableGrid, bodyRows: [Int]) -> ColumnReading {
        if let leaf = path.last, rowNumberHeaders.contains(leaf) { return ColumnReading(role: .ignored) }
        // Ellipses stand for rows a template leaves out: neither a code, a label nor an amount.
        let texts = bodyRows.map { grid.ownText($0, column) }.filter { !$0.isEmpty && !$0.isEllipsis }
        let entries = texts.filter { text in !totalMarkers.contains { text.includes($0) } }
        if let leaf = path.last, let place = ["类", "款", "项"].firstIndex(of: leaf),
            entries.allSatisfy({ $0.isDigits(count: 1...3) })
        {
            return ColumnReading(role: .splitCode(place))
        }
        if !entries.isEmpty, entries.allSatisfy(\.isSubjectCode) {
            return ColumnReading(role: .code)
        }
        let percentages = texts.filter(AmountText.isPercentage).count
        if path.last.map({ leaf in shareHeaders.contains { leaf.includes($0) } }) == true
            || (percentages > 0 && isOverwhelming(percentages, of: texts.count))
        {
            return ColumnReading(role: .share)
        }
        var numbers = 0, unread: [Int] = []
        for row in bodyRows {
            switch grid.amount(row, column) {
            case .amount?: numbers += 1
            case nil where !grid.ownText(row, column).isEllipsis: unread.append(row)
            default: break
            }
        }
        if unread.isEmpty || isOverwhelming(numbers, of: numbers + unread.count) {
            return ColumnReading(role: .amount, unread: unread)
        }
        // As many numbers as other texts: amounts spoilt by their odd cells rather than labels
        // with a number among them.
        let demoted = numbers > 0 && numbers >= unread.count
        return ColumnReading(role: .label, unread: demoted ? unread : [], demoted: demoted)
    }

    /// At least three in four: one odd cell among a column's amounts (a misread, a note) does
    /// not turn the column into labels.
    static func isOverwhelming(_ part: Int, of whole: Int) -> Bool {
        whole > 0 && part * 4 >= whole * 3
    }

    /// A code or label column after an amount column opens a new group.
    static func group(_ roles: [Role]) -> [Group] {
        var groups: [Group] = []
        var current = Group()
        for (column, role) in roles.enumerated() {
            switch role {
            case .code, .splitCode, .label:
                if !current.amountColumns.isEmpty {
                    groups.append(current)
                    current = Group()
                }
                if role == .label { current.labelColumns.append(column) } else { current.codeColumns.append(column) }
            case .amount:
                current.amountColumns.append(column)
            case .share, .ignored:
                break
            }
        }
        if !current.amountColumns.isEmpty { groups.append(current) }
        return groups
    }

    /// The subject code of each body row in a group, carrying blank 类/款 parents down from the
    /// rows above when the code is split over columns.
    func codes(in group: Group) -> [Int: String] {
        var out: [Int: String] = [:]
        var carried = ["", "", ""]
        for row in bodyRows {
            var parts = ["", "", ""]
            var whole: String?
            for column in group.codeColumns {
                let text = grid.ownText(row, column)
                switch roles[column] {
                case .code where text.isDigits(): whole = text
                case .splitCode(let place) where text.isDigits(): parts[place] = text
                default: break
                }
            }
            if let whole {
                out[row] = whole
                continue
            }
            guard parts.contains(where: { !$0.isEmpty }) else { continue }
            for place in 0..<3 {
                if !parts[place].isEmpty {
                    carried[place] = parts[place]
                    for deeper in (place + 1)..<3 { carried[deeper] = "" }
                }
            }
            let last = parts.lastIndex { !$0.isEmpty }!
            let code = carried[...last].joined()
            if !code.isEmpty { out[row] = code }
        }
        return out
    }

    /// A row's label in a group: its label column, else a label printed across the code
    /// columns (合计).
    func label(row: Int, in group: Group) -> String {
        let first = (group.codeColumns + group.labelColumns + group.amountColumns).min() ?? 0
        for column in group.labelColumns + group.codeColumns {
            // A label merged in from the group to the left belongs to that group.
            guard let cell = grid.cell(row, column), cell.columns.lowerBound >= first else { continue }
            let text = grid.plainText(row, column)
            if !text.isEmpty, !text.isDigits() { return text }
        }
        return ""
    }
}
