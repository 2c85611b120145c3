/// Union–find over `0..<count`, for merging grid positions and ruling pieces into groups.
struct DisjointSet {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    mutating func find(_ item: Int) -> Int {
        var root = item
        while parent[root] != root { root = parent[root] }
        // Path compression keeps later look-ups flat.
        var node = item
        while parent[node] != root {
            let next = parent[node]
            parent[node] = root
            node = next
        }
        return root
    }

    /// Joins the sets of `a` and `b`; the smaller root stays root, so a set's root is always its
    /// smallest member.
    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    /// Members grouped by set, each group in ascending order, groups ordered by their first member.
    mutating func groups() -> [[Int]] {
        var byRoot: [Int: Int] = [:]
        var out: [[Int]] = []
        for item in parent.indices {
            let root = find(item)
            if let slot = byRoot[root] {
                out[slot].append(item)
            } else {
                byRoot[root] = out.count
                out.append([item])
            }
        }
        return out
    }
}
