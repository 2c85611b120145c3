import Foundation

/// The pages `--pages` chooses: "3-7", "5", "1,3-4", "10-" (to the end).
struct PageSelection {
    /// Inclusive ranges; an open end is nil.
    var ranges: [(first: Int, last: Int?)]

    init?(argument: String) {
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
            if end > pageCount || first > pageCount { return .failure(OutOfRange(page: max(first, min(end, pageCount + 1)))) }
            chosen += Array(first...end)
        }
        var seen = Set<Int>()
        return .success(chosen.filter { seen.insert($0).inserted })
    }

    struct OutOfRange: Error {
        var page: Int
    }
}
