import Crypto
import Foundation

extension Source {
    /// Describes the file `name` whose bytes are `data`; only the last path component is kept
    /// so the output does not depend on where the file was.
    public init(file name: String, data: Data, pageCount: Int, pagesExtracted: [Int]? = nil) {
        file = name == "-" ? "-" : URL(fileURLWithPath: name).lastPathComponent
        sha256 = SHA256.hash(data: data).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
        self.pageCount = pageCount
        self.pagesExtracted = pagesExtracted
    }
}
