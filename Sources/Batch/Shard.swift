/// One of N parts of a batch's inputs (`--shard K/N`, K from 0 to N-1), for schedulers that start
/// N copies of the same command themselves (Slurm job arrays, Kubernetes indexed jobs). An input
/// belongs to part K when a hash of its path below the inputs' common folder is K modulo N: every
/// copy given the same arguments draws the same lines without talking to the others, and adding
/// files does not move the others between parts.
package struct Shard: Sendable, Equatable, CustomStringConvertible {
    package var index: Int
    package var count: Int

    package init?(index: Int, count: Int) {
        guard count >= 1, (0..<count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// `2/8` → part 2 of 8; nil unless 0 ≤ K < N.
    package init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    package var description: String { "\(index)/\(count)" }

    package func contains(_ input: BatchInput) -> Bool {
        Int(Self.hash(input.output) % UInt64(count)) == index
    }

    /// FNV-1a over the UTF-8 bytes: the same on every machine and every run (Swift's own
    /// `Hasher` is seeded per process).
    static func hash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
