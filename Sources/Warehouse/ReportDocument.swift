/// A report JSON as the loader reads it: the fields the warehouse stores, decoded leniently so
/// additions within schema 1.x (scorecard records, line items, new fields) load without a new
/// release. Which keys must be present is checked by `ReportFile`, against the schema.
struct ReportDocument: Decodable {
    var schemaVersion: String
    var source: SourceInfo
    var metadata: MetadataInfo
    var pages: [PageRow]
    var headings: [HeadingRow]
    var tables: [TableRow]
    var scorecards: [ScorecardRow]
    var lineItems: [LineItemRow]
    var diagnostics: [DiagnosticRow]
    /// Every top-level key present, for the required-field check.
    var keys: Set<String>

    struct SourceInfo: Decodable {
        var file: String
        var sha256: String
        var pageCount: Int
        var pagesExtracted: [Int]?

        enum CodingKeys: String, CodingKey {
            case file, sha256
            case pageCount = "page_count"
            case pagesExtracted = "pages_extracted"
        }
    }

    struct MetadataInfo: Decodable {
        var title: String?
        var organization: String?
        var fiscalYear: Int?
        var reportKind: String?
        var publishedOn: String?

        enum CodingKeys: String, CodingKey {
            case title, organization
            case fiscalYear = "fiscal_year"
            case reportKind = "report_kind"
            case publishedOn = "published_on"
        }
    }

    struct PageRow: Decodable {
        var number: Int
        var width: Double
        var height: Double
        var rotation: Int
        var characterCount: Int?

        enum CodingKeys: String, CodingKey {
            case number, width, height, rotation
            case characterCount = "character_count"
        }
    }

    struct HeadingRow: Decodable {
        var level: Int
        var numbering: String?
        var title: String
        var page: Int
    }

    struct TableRow: Decodable {
        var id: String
        var title: String?
        var pages: [Int]
        var nRows: Int
        var nCols: Int
        var headerRows: Int
        var detection: String?
        /// The standard annex table it is (`final.three_public_expenses` …), when known.
        var kind: String?
        var formCode: String?
        var unit: String?
        var organization: String?
        var notes: [String]
        var cells: [CellRow]

        enum CodingKeys: String, CodingKey {
            case id, title, pages, detection, kind, unit, organization, notes, cells
            case nRows = "n_rows"
            case nCols = "n_cols"
            case headerRows = "header_rows"
            case formCode = "form_code"
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            title = try c.decodeIfPresent(String.self, forKey: .title)
            pages = try c.decode([Int].self, forKey: .pages)
            nRows = try c.decode(Int.self, forKey: .nRows)
            nCols = try c.decode(Int.self, forKey: .nCols)
            headerRows = try c.decodeIfPresent(Int.self, forKey: .headerRows) ?? 0
            detection = try c.decodeIfPresent(String.self, forKey: .detection)
            kind = try c.decodeIfPresent(String.self, forKey: .kind)
            formCode = try c.decodeIfPresent(String.self, forKey: .formCode)
            unit = try c.decodeIfPresent(String.self, forKey: .unit)
            organization = try c.decodeIfPresent(String.self, forKey: .organization)
            notes = try c.optionalArray(String.self, .notes)
            cells = try c.decode([CellRow].self, forKey: .cells)
        }
    }

    struct CellRow: Decodable {
        var row: Int
        var col: Int
        var rowSpan: Int
        var colSpan: Int
        var text: String
        var page: Int?
        var bbox: [Double]?

        enum CodingKeys: String, CodingKey {
            case row, col, text, page, bbox
            case rowSpan = "row_span"
            case colSpan = "col_span"
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            row = try c.decode(Int.self, forKey: .row)
            col = try c.decode(Int.self, forKey: .col)
            rowSpan = try c.decodeIfPresent(Int.self, forKey: .rowSpan) ?? 1
            colSpan = try c.decodeIfPresent(Int.self, forKey: .colSpan) ?? 1
            text = try c.decode(String.self, forKey: .text)
            page = try c.decodeIfPresent(Int.self, forKey: .page)
            bbox = try c.decodeIfPresent([Double].self, forKey: .bbox)
        }
    }

    /// A performance self-evaluation form (CONTRACT.md): only `table` is certain in 1.0.0.
    struct ScorecardRow: Decodable {
        var table: String?
        var title: String?
        var year: Int?
        var project: String?
        var department: String?
        var implementer: String?
        var indicators: [IndicatorRow]

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: AnyKey.self)
            table = try c.looseString(AnyKey("table"))
            title = try c.looseString(AnyKey("title"))
            year = try c.looseNumber(AnyKey("year")).map { Int($0) }
            project = try c.looseString(AnyKey("project"))
            department = try c.looseString(AnyKey("department"))
            implementer = try c.looseString(AnyKey("implementer"))
            indicators = try c.optionalArray(IndicatorRow.self, AnyKey("indicators"))
        }
    }

    struct IndicatorRow: Decodable {
        /// The table row it was read from.
        var row: Int?
        var level1: String?
        var level2: String?
        var level3: String?
        /// ≥ ≤ = > < 定性, or nil.
        var op: String?
        var target: String?
        var unit: String?
        /// The target cell as printed, sign and unit included.
        var targetText: String?
        var actual: String?
        var weight: Double?
        var score: Double?
        var note: String?

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: AnyKey.self)
            row = try c.looseNumber(AnyKey("row")).map { Int($0) }
            level1 = try c.looseString(AnyKey("level1"))
            level2 = try c.looseString(AnyKey("level2"))
            level3 = try c.looseString(AnyKey("level3"))
            op = try c.looseString(AnyKey("operator"))
            target = try c.looseString(AnyKey("target"))
            unit = try c.looseString(AnyKey("unit"))
            targetText = try c.looseString(AnyKey("target_text"))
            actual = try c.looseString(AnyKey("actual"))
            weight = try c.looseNumber(AnyKey("weight"))
            score = try c.looseNumber(AnyKey("score"))
            note = try c.looseString(AnyKey("note"))
        }
    }

    /// One amount of a standard annex table (`line_items`, added within 1.x): the subject code
    /// and name of its row, the header path of its column, the amount.
    struct LineItemRow: Decodable {
        var table: String?
        var row: Int?
        var col: Int?
        var page: Int?
        var code: String?
        /// 1 类, 2 款, 3 项.
        var level: Int?
        var parent: String?
        var name: String?
        /// The column's header path joined with " / ".
        var column: String?
        var amount: Double?
        /// amount, blank or dash.
        var status: String?
        var text: String?
        var unit: String?

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: AnyKey.self)
            table = try c.looseString(AnyKey("table"))
            row = try c.looseNumber(AnyKey("row")).map { Int($0) }
            col = try c.looseNumber(AnyKey("col")).map { Int($0) }
            page = try c.looseNumber(AnyKey("page")).map { Int($0) }
            code = try c.looseString(AnyKey("code"))
            level = try c.looseNumber(AnyKey("level")).map { Int($0) }
            parent = try c.looseString(AnyKey("parent"))
            name = try c.looseString(AnyKey("name"))
            let key = AnyKey("column")
            if let path = try? c.decode([String].self, forKey: key) {
                column = path.joined(separator: " / ")
            } else {
                column = try c.looseString(key)
            }
            amount = try c.looseNumber(AnyKey("amount"))
            status = try c.looseString(AnyKey("status"))
            text = try c.looseString(AnyKey("text"))
            unit = try c.looseString(AnyKey("unit"))
        }
    }

    struct DiagnosticRow: Decodable {
        var severity: String
        var code: String
        var page: Int?
        var message: String
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version"
        case source, metadata, pages, headings, tables, scorecards, diagnostics
        case lineItems = "line_items"
    }

    init(from decoder: any Decoder) throws {
        let present = Set(try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue))
        keys = present
        let missing = ReportFile.requiredKeys.filter { !present.contains($0) }
        guard missing.isEmpty else { throw ReportFile.Rejection.missingFields(missing) }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(String.self, forKey: .schemaVersion)
        source = try c.decode(SourceInfo.self, forKey: .source)
        metadata = try c.decode(MetadataInfo.self, forKey: .metadata)
        pages = try c.decode([PageRow].self, forKey: .pages)
        headings = try c.decode([HeadingRow].self, forKey: .headings)
        tables = try c.decode([TableRow].self, forKey: .tables)
        scorecards = try c.decode([ScorecardRow].self, forKey: .scorecards)
        lineItems = try c.optionalArray(LineItemRow.self, .lineItems)
        diagnostics = try c.decode([DiagnosticRow].self, forKey: .diagnostics)
    }
}
