import PageModel
import Testing

@Suite("PathClassifier")
struct PathClassifierTests {
    let classifier = PathClassifier()

    @Test("A stroked rectangle gives its four sides as rulings")
    func strokedRectangle() {
        let path = VectorPath(
            paint: .stroke(width: 0.5),
            subpaths: [rectangle(x0: 10, top: 20, x1: 110, bottom: 60, closed: true)],
            color: black)
        let (rulings, fills) = classifier.classify([path])
        #expect(fills.isEmpty)
        #expect(
            Set(rulings) == [
                .horizontal(y: 20, from: 10, to: 110, width: 0.5),
                .vertical(x: 110, from: 20, to: 60, width: 0.5),
                .horizontal(y: 60, from: 10, to: 110, width: 0.5),
                .vertical(x: 10, from: 20, to: 60, width: 0.5),
            ])
        #expect(rulings.count == 4)
    }

    @Test("A thin filled rectangle is one ruling on its centre line, as wide as it is thick")
    func thinFill() throws {
        let horizontal = VectorPath(
            paint: .fill, subpaths: [rectangle(x0: 10, top: 50, x1: 210, bottom: 50.5)],
            color: black)
        let vertical = VectorPath(
            paint: .fill, subpaths: [rectangle(x0: 99, top: 10, x1: 100.5, bottom: 80)],
            color: black)
        let (rulings, fills) = classifier.classify([horizontal, vertical])
        #expect(fills.isEmpty)
        #expect(
            rulings == [
                .horizontal(y: 50.25, from: 10, to: 210, width: 0.5),
                .vertical(x: 99.75, from: 10, to: 80, width: 1.5),
            ])
    }

    @Test("A wide fill is a FilledRect with its colour in hex")
    func wideFill() {
        let band = VectorPath(
            paint: .fill, subpaths: [rectangle(x0: 68, top: 150, x1: 526, bottom: 194)],
            color: (red: 0.85, green: 0.85, blue: 0.85))
        let (rulings, fills) = classifier.classify([band])
        #expect(rulings.isEmpty)
        #expect(fills == [FilledRect(box: Rect(x0: 68, top: 150, x1: 526, bottom: 194), color: "#d9d9d9")])
    }

    @Test("A fill that is not a solid colour has no colour")
    func patternFill() {
        let image = VectorPath(paint: .fill, subpaths: [rectangle(x0: 0, top: 0, x1: 100, bottom: 100)])
        #expect(
            classifier.classify([image]).fills == [
                FilledRect(box: Rect(x0: 0, top: 0, x1: 100, bottom: 100), color: nil)
            ])
    }

    @Test("White paint is invisible on paper and left out")
    func whiteIgnored() {
        let white = (red: 1.0, green: 1.0, blue: 1.0)
        let paths = [
            VectorPath(paint: .stroke(width: 0.5), subpaths: [line(10, 10, 200, 10)], color: white),
            VectorPath(paint: .fill, subpaths: [rectangle(x0: 10, top: 50, x1: 210, bottom: 50.5)], color: white),
            VectorPath(
                paint: .fill, subpaths: [rectangle(x0: 10, top: 60, x1: 210, bottom: 160)],
                color: (red: 0.98, green: 0.99, blue: 1.0)),
        ]
        let (rulings, fills) = classifier.classify(paths)
        #expect(rulings.isEmpty)
        #expect(fills.isEmpty)
    }

    @Test("Diagonal strokes and dots are not rulings")
    func diagonalIgnored() {
        let paths = [
            VectorPath(paint: .stroke(width: 0.5), subpaths: [line(10, 10, 110, 60)], color: black),
            VectorPath(paint: .stroke(width: 0.5), subpaths: [line(10, 10, 10.5, 10)], color: black),
        ]
        #expect(classifier.classify(paths).rulings.isEmpty)
    }

    @Test("A near-axis stroke within the tolerance is a ruling at its mean position")
    func nearlyHorizontal() {
        let path = VectorPath(paint: .stroke(width: 1), subpaths: [line(10, 100, 300, 100.4)], color: black)
        #expect(classifier.classify([path]).rulings == [.horizontal(y: 100.2, from: 10, to: 300, width: 1)])
    }

    @Test("A filled path that is not a rectangle is neither ruling nor fill")
    func triangleFill() {
        let triangle = VectorPath.Subpath(points: [point(0, 0), point(50, 0), point(25, 40)], isClosed: true)
        let (rulings, fills) = classifier.classify([VectorPath(paint: .fill, subpaths: [triangle], color: black)])
        #expect(rulings.isEmpty)
        #expect(fills.isEmpty)
    }

    // MARK: - Helpers

    @Test("Paths inside character boxes are glyph outlines, not rulings; a border around text stays")
    func glyphInk() {
        // The strokes of 目 as a re-writing producer leaves them: stroked outlines inside its box.
        let character = Rect(x0: 100, top: 50, x1: 114, bottom: 68.2)
        let outline = VectorPath(
            paint: .stroke(width: 0.67),
            subpaths: [
                rectangle(x0: 102, top: 53, x1: 112, bottom: 66),
                line(105, 57, 109, 57), line(105, 61, 109, 61),
            ], color: black)
        let stem = VectorPath(
            paint: .fill, subpaths: [rectangle(x0: 103, top: 52, x1: 104.2, bottom: 66)], color: black)
        // A cell border passing the same character, and one that crosses its box's edge.
        let border = VectorPath(paint: .stroke(width: 0.5), subpaths: [line(90, 70, 300, 70)], color: black)
        let crossing = VectorPath(paint: .stroke(width: 0.5), subpaths: [line(107, 40, 107, 60)], color: black)
        let (rulings, fills) = classifier.classify([outline, stem, border, crossing], glyphBoxes: [character])
        #expect(fills.isEmpty)
        #expect(
            rulings == [
                .horizontal(y: 70, from: 90, to: 300, width: 0.5),
                .vertical(x: 107, from: 40, to: 60, width: 0.5),
            ])
        // Without the characters the same outline reads as rulings.
        #expect(classifier.classify([outline]).rulings.count == 6)
    }

    let black = (red: 0.0, green: 0.0, blue: 0.0)

    func point(_ x: Double, _ y: Double) -> VectorPath.Point { VectorPath.Point(x: x, y: y) }

    func line(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> VectorPath.Subpath {
        VectorPath.Subpath(points: [point(x0, y0), point(x1, y1)], isClosed: false)
    }

    /// The outline of a box as cairo hands it over: four corners, then closed.
    func rectangle(x0: Double, top: Double, x1: Double, bottom: Double, closed: Bool = true) -> VectorPath.Subpath {
        VectorPath.Subpath(
            points: [point(x0, top), point(x1, top), point(x1, bottom), point(x0, bottom)],
            isClosed: closed)
    }
}
