import Digest
import Foundation

extension Source {
    /// Describes the file `name` whose bytes are `data`; only the last path component is kept
    /// so the output does not depend on where the file was.
    public init(file name: String, data: Data, pageCount: Int, pagesExtracted: [Int]? = nil) {
        file = name == "-" ? "-" : URL(fileURLWithPath: name).lastPathComponent
        sha256 = ContentDigest.sha256(of: data)
        self.pageCount = pageCount
        self.pagesExtracted = pagesExtracted
    }
}
