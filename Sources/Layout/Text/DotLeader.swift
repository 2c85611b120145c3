/// A dot leader: the run of dots that carries the eye from a label to its figure or page number
/// (`收入……12`, `Total . . . . 11,062.6`). Three full stops may be an ellipsis, so a leader is
/// taken to be at least four of them, three middle dots, or two ellipsis marks.
enum DotLeader {
    /// The characters a leader is printed with.
    static let characters: Set<Character> = [".", "…", "·", "．", "。", "⋯"]

    /// Whether `text` holds a leader somewhere.
    static func occurs(in text: String) -> Bool {
        text.contains("……") || text.contains("....") || text.contains("···") || text.contains("⋯⋯")
    }

    /// Whether `text` ends in a leader (its dots may be spaced out): the label ends there, and
    /// what follows on the line is its figure.
    static func ends(_ text: String) -> Bool {
        let tail = text.reversed().prefix { characters.contains($0) || $0.isWhitespace }
        return occurs(in: String(tail.reversed().filter { !$0.isWhitespace }))
    }
}
