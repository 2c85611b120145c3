import Raster
import Testing

@Suite("Ink separation")
struct InkSeparationTests {
    @Test("Seal red becomes paper; black, grey and black seen through the seal stay")
    func sealRed() {
        let colours: [[UInt8]] = [
            [220, 40, 50],   // seal ink
            [245, 150, 150], // pale seal ink
            [0, 0, 0],       // black text
            [100, 20, 20],   // black text under the seal, tinted red
            [128, 128, 128], // grey
            [255, 255, 255], // paper
        ]
        let grey = InkSeparation.grey(RGBImage(width: colours.count, height: 1, pixels: colours.flatMap { $0 }))
        #expect(grey.pixels[0] == 255 && grey.pixels[1] == 255)
        #expect(grey.pixels[2] == 0 && grey.pixels[3] == 100)
        #expect(grey.pixels[4] == 128 && grey.pixels[5] == 255)
    }

    @Test("Otsu's threshold falls between ink and paper")
    func otsu() {
        let pixels = [UInt8](repeating: 30, count: 100) + [UInt8](repeating: 220, count: 300)
        let image = GreyImage(width: 400, height: 1, pixels: pixels)
        let threshold = InkSeparation.otsuThreshold(image)
        #expect(threshold >= 30 && threshold < 220)
        #expect(InkSeparation.binarise(image).ink.reduce(0) { $0 + Int($1) } == 100)
    }
}
