import Foundation
import PageModel

/// What a page's content says about how well its text can be trusted.
enum PageDiagnostics {
    static func check(_ page: Page) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if let repair = page.boxRepair {
            out.append(
                Diagnostic(
                    .warning, .pageBoxRepaired, page: page.number,
                    message: "page \(page.number): \(repair)"))
        }
        for cut in page.cuts {
            out.append(
                Diagnostic(
                    .warning, .pageLimitReached, page: page.number,
                    message: "page \(page.number) is past \(cut.limitDescription): \(cut.what)"))
        }
        if let messages = page.readerMessages {
            out.append(
                Diagnostic(
                    .warning, .readerMessages, page: page.number,
                    message: "page \(page.number): \(messages.summary(reading: "reading it"))"))
        }
        for undrawn in page.undrawn {
            out.append(
                Diagnostic(.warning, .contentNotDrawn, page: page.number, message: "page \(page.number): \(undrawn)"))
        }
        if let ocr = page.ocr {
            out.append(Diagnostic(.info, .ocrPage, page: page.number, message: ocrMessage(page, ocr)))
        } else if page.glyphs.isEmpty && page.unmappedCount == 0 && page.cuts.isEmpty {
            if page.imageCount > 0 {
                out.append(
                    Diagnostic(
                        .warning, .noTextLayer, page: page.number,
                        message: "page \(page.number) has images but no text layer (a scan?); its text is not extracted"
                    ))
            } else if page.rulings.isEmpty && page.fills.isEmpty {
                out.append(
                    Diagnostic(
                        .info, .blankPage, page: page.number,
                        message: "page \(page.number) is blank"))
            }
        }
        if page.unmappedCount > 0 {
            out.append(
                Diagnostic(
                    .warning, .unmappedCharacters, page: page.number,
                    message:
                        "page \(page.number): \(page.unmappedCount) characters have no Unicode mapping in their font and were left out"
                ))
        }
        if page.unboxedCount > 0 {
            out.append(
                Diagnostic(
                    .warning, .charactersWithoutBoxes, page: page.number,
                    message:
                        "page \(page.number): \(page.unboxedCount) characters of the text layer have no position and were left out"
                ))
        }
        let misread = misMapped(page.glyphs)
        if misread.count >= minMisMapped {
            out.append(
                Diagnostic(
                    .warning, .unmappedCharacters, page: page.number,
                    message:
                        "page \(page.number): \(misread.count) characters look mis-mapped by their font's Unicode map "
                        + "(e.g. \"\(misread[0])\"): the producer wrote a wrong map, so this page's text is unreliable")
            )
        }
        return out
    }

    static func ocrMessage(_ page: Page, _ ocr: OCRReading) -> String {
        let how = "\(ocr.engine), \(Int(ocr.dpi.rounded())) dpi, skew \(String(format: "%.2f", ocr.skewDegrees))°"
        guard let confidence = ocr.meanConfidence else {
            return "page \(page.number) was read by OCR (\(how)): no text recognised"
        }
        return
            "page \(page.number) was read by OCR (\(how)): \(page.glyphs.count) characters, mean confidence \(Int(confidence.rounded()))%"
    }

    /// Fewer look-alikes than this on a page may be genuine.
    static let minMisMapped = 3

    /// Latin letters with diacritics and rare ASCII symbols standing between two ideographs
    /// (一般|共, ß能): what a font whose ToUnicode map a re-writing program garbled gives.
    /// Each entry is the character with its neighbours.
    static func misMapped(_ glyphs: [Glyph]) -> [String] {
        var out: [String] = []
        for index in glyphs.indices.dropFirst().dropLast() {
            let scalar = glyphs[index].scalar
            guard (0xA0...0x24F).contains(scalar.value) || "|~{}`_^<=>".unicodeScalars.contains(scalar),
                isIdeograph(glyphs[index - 1].scalar) || isIdeograph(glyphs[index + 1].scalar),
                glyphs[index - 1].box.verticalOverlap(glyphs[index].box) > 0,
                glyphs[index + 1].box.verticalOverlap(glyphs[index].box) > 0
            else { continue }
            out.append(String(String.UnicodeScalarView([glyphs[index - 1].scalar, scalar, glyphs[index + 1].scalar])))
        }
        return out
    }

    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
