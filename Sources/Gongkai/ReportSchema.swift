import Foundation

/// The JSON Schema every report follows, and its version. The schema's one copy is
/// schemas/gongkai.schema.json; the build embeds its bytes in the binary, so `gongkai schema` and
/// library users need no resource files at run time.
public enum ReportSchema {
    public static let json = String(decoding: PackageResources.gongkai_schema_json, as: UTF8.self)

    /// The schema's `schema_version` constant, e.g. "1.2.0".
    public static let version: String = {
        let schema = try? JSONSerialization.jsonObject(with: Data(PackageResources.gongkai_schema_json))
        let properties = (schema as? [String: Any])?["properties"] as? [String: Any]
        let version = (properties?["schema_version"] as? [String: Any])?["const"] as? String
        guard let version else { preconditionFailure("schemas/gongkai.schema.json has no schema_version const") }
        return version
    }()
}
