import Raster
import Testing

@Suite("Grey image crops")
struct GreyImageTests {
    /// A page with a cell shaded at `fill` holding a dark stroke, the rest white.
    static func page(fill: UInt8) -> GreyImage {
        var image = GreyImage(width: 120, height: 60)
        for y in 10..<40 { for x in 20..<100 { image[x, y] = fill } }
        for y in 20..<30 { for x in 50..<54 { image[x, y] = 40 } }
        return image
    }

    @Test("A shaded cell's crop has white paper and its ink kept dark, on a white margin", arguments: [200, 231, 255])
    func shaded(fill: Int) {
        let image = Self.page(fill: UInt8(fill))
        let box = PixelBox(left: 20, top: 10, right: 100, bottom: 40)
        let crop = image.croppedForRecognition(box, margin: 5)
        #expect(crop.originX == 15 && crop.originY == 5)
        #expect(crop.image.width == 90 && crop.image.height == 40)
        // The fill is paper now, the margin white, the stroke still far darker than the paper.
        #expect(crop.image[10, 10] == 255)
        #expect(crop.image[0, 0] == 255)
        let stroke = Int(crop.image[50 - 15, 25 - 5])
        #expect(stroke <= 40 * 255 / fill + 1)
        #expect(stroke < 128)
    }
}
