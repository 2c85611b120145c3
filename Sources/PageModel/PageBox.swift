/// A page box made usable: the PDF's limits (ISO 32000-1, Annex C: 3 to 14,400 units a side)
/// applied to the crop box a reader was given, so every page has a positive, finite size.
///
/// Poppler already uses the MediaBox for a missing or unreadable CropBox, clips the CropBox to
/// the MediaBox and puts inverted corners in order; what it leaves degenerate (a box of zero
/// area, a MediaBox of zero area, a side of a billion units) is repaired here.
package struct PageBox: Sendable, Equatable {
    /// In PDF space, corners in order (`top` holds the lower y, as in `Page.cropBox`).
    package var box: Rect
    /// What was wrong and what was done, in words; nil when the box was usable as given.
    package var repair: String?

    package static let minimumSide = 3.0
    package static let maximumSide = 14_400.0
    /// ISO A4 in points, assumed when nothing usable is stated.
    package static let a4 = (width: 595.276, height: 841.89)

    /// The usable box for `stated`, the crop box as read (`top` is its lower y in PDF space).
    package init(stated: Rect) {
        let values = [stated.x0, stated.top, stated.x1, stated.bottom]
        let written = "[" + values.map(Self.format).joined(separator: " ") + "]"
        guard values.allSatisfy(\.isFinite) else {
            box = Rect(x0: 0, top: 0, x1: Self.a4.width, bottom: Self.a4.height)
            repair = "the page box \(written) is not a number; an A4 page is assumed"
            return
        }
        var x0 = min(stated.x0, stated.x1), x1 = max(stated.x0, stated.x1)
        var y0 = min(stated.top, stated.bottom), y1 = max(stated.top, stated.bottom)
        var done: [String] = []
        if x0 != stated.x0 || y0 != stated.top { done.append("its corners were put in order") }
        if x1 - x0 < Self.minimumSide || y1 - y0 < Self.minimumSide {
            // Kept where the file puts it, so positions poppler measures from it stay near.
            x1 = x0 + Self.a4.width
            y1 = y0 + Self.a4.height
            done.append(
                "a side is shorter than \(Self.format(Self.minimumSide)) units, so an A4 page is assumed "
                    + "(poppler reads only what lies inside the stated box: text may be missing)")
        }
        if x1 - x0 > Self.maximumSide || y1 - y0 > Self.maximumSide {
            x1 = x0 + min(x1 - x0, Self.maximumSide)
            y1 = y0 + min(y1 - y0, Self.maximumSide)
            done.append("it is clamped to the PDF's limit of \(Self.format(Self.maximumSide)) units a side")
        }
        box = Rect(x0: x0, top: y0, x1: x1, bottom: y1)
        repair = done.isEmpty ? nil : "the page box \(written) was repaired: " + done.joined(separator: "; ")
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
