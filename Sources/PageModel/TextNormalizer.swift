/// Per-character clean-up of text-layer characters.
///
/// Whole-string NFKC would also rewrite full-width punctuation and digits (`（一）１２３，：`),
/// which these documents print on purpose, so only radicals are mapped: Kangxi radicals and CJK
/// Radicals Supplement characters become the unified ideographs they stand for.
package enum TextNormalizer {
    package enum Outcome: Equatable, Sendable {
        /// A character to keep, possibly replaced.
        case text(Unicode.Scalar)
        /// White space, a control character or a bidi mark: words and lines are rebuilt from
        /// geometry.
        case space
        /// Private-use or replacement character: the font has no usable Unicode mapping.
        case unmapped
    }

    package static func classify(_ scalar: Unicode.Scalar) -> Outcome {
        if let mapped = radicalEquivalents[scalar.value], let ideograph = Unicode.Scalar(mapped) {
            return .text(ideograph)
        }
        if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
            || isBidiControl(scalar)
        {
            return .space
        }
        if isUnmapped(scalar) { return .unmapped }
        return .text(scalar)
    }

    /// Normalises every character of a string the same way (spaces kept, unmapped dropped).
    package static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch classify(scalar) {
            case .text(let kept): out.append(kept)
            case .space where isBidiControl(scalar): break
            case .space: out.append(scalar)
            case .unmapped: break
            }
        }
        return String(out)
    }

    /// Marks that steer right-to-left display (embeddings, overrides, isolates, direction
    /// marks): no ink, and text is kept in logical order without them.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    static func isUnmapped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xE000...0xF8FF, 0xF0000...0xFFFFD, 0x100000...0x10FFFD, 0xFFFD:
            return true
        default:
            return false
        }
    }
}
