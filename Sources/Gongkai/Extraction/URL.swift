import Foundation

/// Foundation's URL, named here so that `import Gongkai` alone is enough to call
/// `extract(pdfAt: URL(fileURLWithPath: …))`.
public typealias URL = Foundation.URL
