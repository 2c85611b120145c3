import Foundation

/// Writes reports as JSON: sorted keys and no volatile fields, so one PDF always gives the same
/// bytes. Compact by default — indenting costs a fifth of the whole extraction on table-heavy
/// files — or indented for people reading it.
public enum ReportEncoder {
    public static func encode(_ report: Report, pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(report)
        data.append(0x0A)
        return data
    }
}
