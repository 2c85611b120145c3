import Foundation

/// The pages to extract, written as `--pages` takes them: "3-7", "5", "1,3-4", "10-" (to the
/// end). Pages count from 1; a page named twice is extracted once.
public struct PageSelection: Sendable {
    /// Inclusive ranges; an open end is nil.
    var ranges: [(first: Int, last: Int?)]

    /// The pages of `ranges`, e.g. `PageSelection(1...3, 7...7)`.
    public init(_ ranges: ClosedRange<Int>...) {
        self.ranges = ranges.filter { $0.upperBound >= 1 }.map { (max($0.lowerBound, 1), $0.upperBound) }
    }

    /// Parses "3-7", "5", "1,3-4" or "10-"; nil when the text is none of those.
    public init?(argument: String) {
        var ranges: [(Int, Int?)] = []
        for part in argument.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            guard let first = Int(bounds[0].trimmingCharacters(in: .whitespaces)), first >= 1 else { return nil }
            if bounds.count == 1 {
                ranges.append((first, first))
            } else if bounds[1].trimmingCharacters(in: .whitespaces).isEmpty {
                ranges.append((first, nil))
            } else {
                guard let last = Int(bounds[1].trimmingCharacters(in: .whitespaces)), last >= first else { return nil }
                ranges.append((first, last))
            }
        }
        self.ranges = ranges
    }

    /// The chosen page numbers in order, without repeats; the first page beyond `pageCount`
    /// when one is named.
    func pages(of pageCount: Int) -> Result<[Int], OutOfRange> {
        var chosen: [Int] = []
        for (first, last) in ranges {
            let end = last ?? pageCount
            if end > pageCount || first > pageCount {
                return .failure(OutOfRange(page: max(first, min(end, pageCount + 1))))
            }
            chosen += Array(first...end)
        }
        var seen = Set<Int>()
        return .success(chosen.filter { seen.insert($0).inserted })
    }

    struct OutOfRange: Error {
        var page: Int
    }
}
