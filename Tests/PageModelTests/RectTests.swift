import PageModel
import Testing

@Suite("Rect")
struct RectTests {
    let box = Rect(x0: 10, top: 20, x1: 50, bottom: 30)

    @Test("Size and centre")
    func measures() {
        #expect(box.width == 40)
        #expect(box.height == 10)
        #expect(box.midX == 30)
        #expect(box.midY == 25)
    }

    @Test("union is the smallest box holding both")
    func union() {
        let other = Rect(x0: 0, top: 25, x1: 20, bottom: 40)
        #expect(box.union(other) == Rect(x0: 0, top: 20, x1: 50, bottom: 40))
        #expect(other.union(box) == box.union(other))
    }

    @Test(
        "contains includes the borders",
        arguments: [
            (10.0, 20.0, true), (50.0, 30.0, true), (30.0, 25.0, true),
            (9.99, 25.0, false), (30.0, 30.01, false), (51.0, 19.0, false),
        ])
    func contains(x: Double, y: Double, inside: Bool) {
        #expect(box.contains(x: x, y: y) == inside)
    }

    @Test("verticalOverlap is positive when the boxes share rows, negative when apart")
    func verticalOverlap() {
        #expect(box.verticalOverlap(Rect(x0: 100, top: 25, x1: 110, bottom: 40)) == 5)
        #expect(box.verticalOverlap(Rect(x0: 0, top: 0, x1: 5, bottom: 100)) == 10)
        #expect(box.verticalOverlap(Rect(x0: 0, top: 35, x1: 5, bottom: 45)) == -5)
    }

    @Test("enclosingRect of boxes, and of none")
    func enclosingRect() {
        let boxes = [box, Rect(x0: 60, top: 5, x1: 70, bottom: 15), Rect(x0: 15, top: 22, x1: 16, bottom: 80)]
        #expect(boxes.enclosingRect() == Rect(x0: 10, top: 5, x1: 70, bottom: 80))
        #expect([Rect]().enclosingRect() == nil)
    }

    @Test("Ruling factories order their ends and measure length")
    func rulingFactories() {
        let h = Ruling.horizontal(y: 5, from: 90, to: 10, width: 0.5)
        #expect((h.x0, h.x1, h.top, h.bottom) == (10, 90, 5, 5))
        #expect(h.length == 80)
        let v = Ruling.vertical(x: 7, from: 40, to: 15, width: 0.5)
        #expect((v.x0, v.x1, v.top, v.bottom) == (7, 7, 15, 40))
        #expect(v.length == 25)
    }
}
