import Crypto
import Foundation

/// The one definition of a file's identity: the lowercase hex sha256 of its bytes. The report's
/// `source.sha256`, the batch's skip-if-current check and the warehouse keys all use it, so an
/// input and the output converted from it can always be matched.
package enum ContentDigest {
    package static func sha256(of data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    package static func sha256(ofFileAt path: String) throws -> String {
        // Mapped, not read: a large PDF does not grow the caller's heap.
        sha256(of: try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped))
    }
}
