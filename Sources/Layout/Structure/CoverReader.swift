import Foundation
import PageModel

/// Reads what a report says about itself from its cover and first pages: the title in the
/// largest type, the year, the kind of report, the body, the publication date.
enum CoverReader {
    /// Kinds of report as printed at the end of cover titles, longest first so that 部门决算
    /// wins over 决算.
    static let reportKinds = [
        "部门整体支出绩效自评报告", "单位整体支出绩效自评报告", "整体支出绩效自评报告",
        "部门整体支出绩效评价报告", "绩效自评报告", "绩效评价报告", "部门决算公开",
        "部门预算公开", "单位决算公开", "单位预算公开", "部门决算报告", "部门预算报告",
        "单位决算报告", "单位预算报告", "部门决算", "单位决算", "部门预算", "单位预算",
        "决算公开", "预算公开", "决算报告", "预算报告", "绩效自评", "决算", "预算",
    ]
    .sorted { $0.count > $1.count }

    /// What the pages print, widest reach last.
    struct Sources {
        /// The cover's lines (or the first page's title lines when there is no cover).
        var cover: [TextLine]
        /// Lines outside tables on the first pages, cover included.
        var firstPages: [TextLine]
        /// Every line of the first pages, table captions and headers included.
        var printed: [TextLine] = []
        /// The file's information dictionary.
        var info = DocumentInfo()
    }

    static func read(_ sources: Sources, fonts: [Font]) -> DocumentStructure.Metadata {
        var metadata = DocumentStructure.Metadata()
        let titleLines = coverTitle(sources.cover, fonts: fonts)
        let title = titleLines.isEmpty ? nil : joinedTitle(titleLines)
        metadata.title = title
        metadata.reportKind = title.flatMap(reportKind)
        let otherCoverLines = sources.cover.filter { !titleLines.contains($0) }
        metadata.organization = organization(
            title: title, kind: metadata.reportKind, coverLines: otherCoverLines,
            sources: sources)
        metadata.fiscalYear =
            title.flatMap(YearMention.fiscalYear)
            ?? printedYear(in: sources.cover + sources.firstPages + sources.printed)
            ?? sources.info.title.flatMap(YearMention.fiscalYear)
        metadata.publishedOn = sources.firstPages.lazy.compactMap { publicationDate(in: $0.text) }.first
        return metadata
    }

    /// The body, in order of trust: a labelled cover line; the title with its year, level and
    /// kind taken off; an unlabelled body's name on the cover; a labelled line further on (a
    /// table's 单位名称：); the file's author or information title when they name a body.
    /// What is left of a government-wide title (上海市普陀区2025年区级部门预算 → 上海市普陀区)
    /// is only a place: it is given, as the best available, only when nothing else names a
    /// body, since the report then is the place's own.
    static func organization(title: String?, kind: String?, coverLines: [TextLine], sources: Sources) -> String? {
        let unitReport = kind?.contains("单位") ?? false
        if let labelled = LabelledOrganization.best(
            LabelledOrganization.find(in: sources.cover), unitReport: unitReport)
        {
            return labelled
        }
        let fromTitle = title.flatMap { TitleOrganization.organization(in: $0, kinds: reportKinds) }
        if let fromTitle, !TitleOrganization.isPlaceName(fromTitle) { return fromTitle }
        // A cover line that is a body's name by itself, under a title that names none.
        if let named = coverLines.lazy.map({ $0.text.filter { !$0.isWhitespace } }).first(where: BodyName.isBodyName) {
            return named
        }
        for lines in [sources.firstPages, sources.printed] {
            if let labelled = LabelledOrganization.best(LabelledOrganization.find(in: lines), unitReport: unitReport) {
                return labelled
            }
        }
        // Authors are as often "Administrator", a producer's default or the clerk's own name
        // (王小明): only the name of a body counts.
        if let author = sources.info.author, BodyName.isBodyName(author) {
            return author.filter { !$0.isWhitespace }
        }
        // The information dictionary's title, stripped as a cover title is; producers often
        // leave a template's or file's name there (附件2：样张), so only a body's name counts.
        if let infoTitle = sources.info.title,
            let named = TitleOrganization.organization(in: infoTitle, kinds: reportKinds), BodyName.isBodyName(named)
        {
            return named
        }
        return fromTitle
    }

    /// The year a caption or header prints (2018年度收支预算总表, 二〇一八年部门预算) when the
    /// title has none: lines that name a budget or final account first, any other year then;
    /// dates (2024年9月25日, a publication date) never.
    static func printedYear(in lines: [TextLine]) -> Int? {
        let years = lines.lazy.filter { $0.text.contains("年") }.map { line -> (year: Int, caption: Bool)? in
            let text = line.text.filter { !$0.isWhitespace }
            guard let year = YearMention.fiscalYear(in: text) else { return nil }
            return (year, text.contains("预算") || text.contains("决算") || text.contains("年度"))
        }.compactMap { $0 }
        return years.first(where: \.caption)?.year ?? years.first?.year
    }

    /// The consecutive lines set in the cover's largest type. A labelled line in that type
    /// (编制单位：…) after the first ends the title: it is a field, not part of the name.
    static func coverTitle(_ lines: [TextLine], fonts: [Font]) -> [TextLine] {
        func size(_ line: TextLine) -> Double {
            fonts.size(of: line.font, fallback: line.height)
        }
        guard let largest = lines.map(size).max() else { return [] }
        let title = lines.drop { size($0) < largest - 0.5 }.enumerated().prefix { index, line in
            size(line) >= largest - 0.5
                && (index == 0 || !line.text.contains(where: LabelledOrganization.colons.contains))
        }.map(\.element)
        return title.contains { !$0.text.allSatisfy(\.isWhitespace) } ? title : []
    }

    /// The title's lines as one string. Spaces next to a Chinese character are letter spacing
    /// (上海市 XX 局, 2024 年度) and go; between Latin words (a foreign or English title) one stays.
    static func joinedTitle(_ lines: [TextLine]) -> String {
        let characters = Array(lines.map(\.text).joined(separator: " "))
        var out = ""
        for (index, character) in characters.enumerated() {
            guard character.isWhitespace else {
                out.append(character)
                continue
            }
            let next = characters[(index + 1)...].first { !$0.isWhitespace }
            guard let previous = out.last, let next, !previous.isWhitespace else { continue }
            let cjk = { (c: Character) in c.unicodeScalars.first?.isCJK ?? false }
            if !cjk(previous) && !cjk(next) { out.append(" ") }
        }
        return out
    }

    /// The kind a title ends with, a trailing （草案） aside.
    static func reportKind(in title: String) -> String? {
        var text = Substring(title)
        for draft in ["（草案）", "(草案)", "草案"] where text.hasSuffix(draft) { text = text.dropLast(draft.count) }
        return reportKinds.first { text.hasSuffix($0) }
    }

    static func publicationDate(in text: String) -> String? {
        guard text.contains("公开") || text.contains("发布"),
            let m = text.firstMatch(of: /(?:公开|发布)(?:时间|日期)[：:]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/),
            let month = Int(m.2), let day = Int(m.3), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return String(format: "%@-%02d-%02d", String(m.1), month, day)
    }
}
