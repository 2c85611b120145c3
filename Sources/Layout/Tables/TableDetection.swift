/// How a table's grid was found.
package enum TableDetection: String, Sendable, Hashable {
    /// Every cell border is a drawn ruling.
    case ruled
    /// Some borders are drawn; the rest were inferred from text alignment.
    case partiallyRuled = "partially_ruled"
    /// Cells drawn as filled rectangles without rules; their sides are the borders.
    case shaded
    /// No usable rulings: rows and columns inferred from text alignment alone.
    case textAlignment = "text_alignment"

    /// The evidence in the output's words (`how`).
    package var how: String {
        switch self {
        case .ruled: "ruled"
        case .partiallyRuled: "partly_ruled"
        case .shaded: "shaded"
        case .textAlignment: "text"
        }
    }
}
