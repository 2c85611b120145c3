import Foundation
import Report

/// The sha256 of a file, computed exactly as the report's `source.sha256` is, so a batch can
/// compare an input with the output converted from it.
public enum FileDigest {
    public static func sha256(ofFileAt path: String) throws -> String {
        // Mapped, not read: a large PDF does not grow the batch's heap.
        let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        // `Source` is where the report computes its digest; the page count plays no part in it.
        return Source(file: path, data: data, pageCount: 0).sha256
    }
}
