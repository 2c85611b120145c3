import Raster
import Testing

@Suite("Printed ink")
struct PrintedInkTests {
    static let dpi = 300.0
    static let box = PixelBox(left: 0, top: 0, right: 200, bottom: 80)

    static func holds(_ draw: (inout GreyImage) -> Void) -> Bool {
        var image = GreyImage(width: 200, height: 80)
        draw(&image)
        return PrintedInk.holdsCharacter(box, in: image, dpi: dpi, inkCut: 128)
    }

    @Test("A character's ink counts; paper, specks, a border's remains and ink over the edge do not")
    func character() {
        // A 1 of 8 pt type at 300 dpi: a stem 4 px wide, 25 px tall.
        #expect(Self.holds { image in for y in 30..<55 { for x in 90..<94 { image[x, y] = 40 } } })
        #expect(!Self.holds { _ in })
        // JPEG specks, 2 px each.
        #expect(
            !Self.holds { image in
                for x in stride(from: 10, to: 190, by: 20) {
                    image[x, 40] = 40
                    image[x, 41] = 40
                }
            })
        // What is left of an erased vertical border: as tall as the box.
        #expect(!Self.holds { image in for y in 0..<80 { for x in 3..<6 { image[x, y] = 60 } } })
        // A horizontal border's grey line along the top.
        #expect(!Self.holds { image in for x in 0..<200 { for y in 0..<2 { image[x, y] = 60 } } })
        // A stroke narrower than a stem: a hair of 1 px.
        #expect(!Self.holds { image in for y in 20..<60 { image[100, y] = 40 } })
    }
}
