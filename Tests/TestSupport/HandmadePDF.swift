import Foundation

/// Small PDFs written byte by byte, with a correct cross-reference table, for tests that need a
/// file no sample has (odd page boxes, a broken page object, a malformed content stream).
public enum HandmadePDF {
    /// A PDF of the given objects (numbered from 1; object 1 must be the catalog).
    /// `misplace` moves every offset of the cross-reference table that many bytes on, so that
    /// poppler has to rebuild the table from the objects.
    public static func file(_ objects: [String], trailer: String = "", misplace: Int = 0) -> Data {
        var file = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(file.utf8.count + misplace)
            file += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = file.utf8.count
        file += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { file += String(format: "%010d 00000 n \n", offset) }
        file += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R \(trailer)>>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(file.utf8)
    }

    /// One page showing "Hello" in Helvetica; `boxes` is put in the page dictionary as written
    /// (e.g. "/MediaBox [0 0 200 200] /CropBox [100 100 100 100]"), `content` replaces the text.
    public static func onePage(
        boxes: String = "/MediaBox [0 0 200 200]",
        content: String = "BT /F1 12 Tf 20 100 Td (Hello) Tj ET"
    ) -> Data {
        file([
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R \(boxes) /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ])
    }

    /// Two pages in the page tree whose second entry is not a page dictionary (an integer): the
    /// page count says 2, but poppler cannot give the second page.
    public static func brokenSecondPage() -> Data {
        file([
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            "42",
        ])
    }

    /// One page whose content draws a form XObject that draws the next, `depth` forms deep, the
    /// last showing "deep"; the page itself shows "top".
    public static func nestedForms(depth: Int) -> Data {
        let firstForm = 6
        let forms = (0..<depth).map { level in
            let number = firstForm + level
            let last = level == depth - 1
            let content = last ? "BT /F1 10 Tf 50 50 Td (deep) Tj ET" : "q /X\(number + 1) Do Q"
            let inner = last ? "" : "/XObject << /X\(number + 1) \(number + 1) 0 R >> "
            return "<< /Type /XObject /Subtype /Form /BBox [0 0 200 200] "
                + "/Resources << /Font << /F1 5 0 R >> \(inner)>> /Length \(content.utf8.count) >>\n"
                + "stream\n\(content)\nendstream"
        }
        let content = "BT /F1 12 Tf 20 150 Td (top) Tj ET /X\(firstForm) Do"
        return file(
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] "
                    + "/Resources << /Font << /F1 5 0 R >> /XObject << /X\(firstForm) \(firstForm) 0 R >> >> "
                    + "/Contents 4 0 R >>",
                "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            ] + forms)
    }

    /// Writes `data` to a new file in the temporary folder and returns its path.
    public static func write(_ data: Data, named name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongkai-handmade-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }
}
