import Foundation
import PageModel

/// Reads what a report says about itself from its cover and first pages: the title in the
/// largest type, the year, the kind of report, the body, the publication date.
enum CoverReader {
    /// Kinds of report as printed at the end of cover titles, longest first so that 部门决算
    /// wins over 决算.
    static let reportKinds = ["部门整体支出绩效自评报告", "部门决算公开", "部门预算公开", "单位决算公开",
                              "单位预算公开", "部门决算", "单位决算", "部门预算", "单位预算", "决算公开",
                              "预算公开", "决算报告", "预算报告", "决算", "预算"]

    static func read(cover: [TextLine], fonts: [Font], firstPages: [TextLine]) -> DocumentStructure.Metadata {
        var metadata = DocumentStructure.Metadata()
        if let title = coverTitle(cover, fonts: fonts) {
            metadata.title = title
            metadata.fiscalYear = fiscalYear(in: title)
            let kind = reportKinds.first { title.hasSuffix($0) }
            metadata.reportKind = kind
            metadata.organization = organization(in: title, kind: kind)
        }
        for line in firstPages {
            if metadata.publishedOn == nil { metadata.publishedOn = publicationDate(in: line.text) }
            if metadata.organization == nil { metadata.organization = labelledOrganization(in: line.text) }
            if metadata.fiscalYear == nil { metadata.fiscalYear = fiscalYear(in: line.text) }
        }
        return metadata
    }

    /// The consecutive lines set in the cover's largest type, joined.
    static func coverTitle(_ lines: [TextLine], fonts: [Font]) -> String? {
        func size(_ line: TextLine) -> Double { fonts.indices.contains(line.font) ? fonts[line.font].size : line.height }
        guard let largest = lines.map(size).max() else { return nil }
        let title = lines.drop { size($0) < largest - 0.5 }.prefix { size($0) >= largest - 0.5 }
        let text = title.map(\.text).joined().replacingOccurrences(of: " ", with: "")
        return text.isEmpty ? nil : text
    }

    // Each reader first checks for its key character: regex literals are rebuilt on every call.
    static func fiscalYear(in text: String) -> Int? {
        guard text.contains("年"), let match = text.firstMatch(of: /(20\d{2}|19\d{2})\s*年/) else { return nil }
        return Int(match.1)
    }

    static func organization(in title: String, kind: String?) -> String? {
        var rest = Substring(title)
        if let year = rest.firstMatch(of: /^(?:20|19)\d{2}\s*年度?/) { rest = rest[year.range.upperBound...] }
        if let kind, rest.hasSuffix(kind) { rest = rest.dropLast(kind.count) }
        return rest.isEmpty ? nil : String(rest)
    }

    static func publicationDate(in text: String) -> String? {
        guard text.contains("公开"), let m = text.firstMatch(of: /公开(?:时间|日期)[：:]\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/),
              let month = Int(m.2), let day = Int(m.3) else { return nil }
        return String(format: "%@-%02d-%02d", String(m.1), month, day)
    }

    /// The body named after a label such as 单位名称： or 编制单位：.
    static func labelledOrganization(in text: String) -> String? {
        guard text.contains("：") || text.contains(":"), let m = text.firstMatch(of: /(?:单位名称|编制单位|部门名称|部门|单位)[：:]\s*([^\s：:]+)/) else {
            return nil
        }
        let name = String(m.1)
        return name.count >= 3 && !name.contains("万元") && !name.contains("元") ? name : nil
    }
}
