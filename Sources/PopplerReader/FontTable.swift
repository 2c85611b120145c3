import PageModel

/// The fonts a document's pages use, each with a stable index, in order of first use.
final class FontTable {
    private(set) var fonts: [Font] = []
    private var indexByKey: [Key: Int] = [:]

    private struct Key: Hashable {
        var name: String
        var size: Double
    }

    func index(name: String, size: Double) -> Int {
        // Sizes differ in the last bits between runs of one font; 0.01 pt is below any print.
        let key = Key(name: name, size: (size * 100).rounded() / 100)
        if let found = indexByKey[key] { return found }
        fonts.append(Font(name: key.name, size: key.size))
        indexByKey[key] = fonts.count - 1
        return fonts.count - 1
    }
}

@available(*, unavailable)
extension FontTable: Sendable {}
