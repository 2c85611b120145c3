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
        if let remapped = page.remapped, remapped.replaced > 0 {
            let example = remapped.example.map { " (e.g. \"\($0.was)\" → \"\($0.now)\")" } ?? ""
            let kept = remapped.kept > 0 ? "; \(remapped.kept) could not be read clearly and stay as they were" : ""
            out.append(
                Diagnostic(
                    .info, .unmappedCharacters, page: page.number,
                    message:
                        "page \(page.number): \(remapped.replaced) characters mis-mapped by their font's Unicode map were read "
                        + "from the page's image instead\(example)\(kept)"))
        }
        let misread = MisMappedGlyphs.indices(in: page.glyphs).map {
            MisMappedGlyphs.context(of: $0, in: page.glyphs)
        }
        if misread.count >= MisMappedGlyphs.minimumPerPage {
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

}
