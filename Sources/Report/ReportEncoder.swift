import Foundation

/// Writes reports as JSON: sorted keys and no volatile fields, so one PDF always gives the same
/// bytes.
public enum ReportEncoder {
    public static func encode(_ report: Report) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        var data = try encoder.encode(report)
        data.append(0x0A)
        return data
    }
}
