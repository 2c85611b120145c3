import Foundation

/// The files every review shares and the page skeleton they hang on. Scripts and style are
/// compiled in, so the executable needs no resource folder.
enum ReviewAssets {
    static let style = "review.css"
    static let documentScript = "review.js"
    static let batchScript = "batch.js"

    /// Writes the style sheet and both scripts at the site's root.
    static func writeShared(to write: SiteWriter) throws {
        try write(style, Data(ReviewStyle.css.utf8))
        try write(documentScript, Data(DocumentScript.source.utf8))
        try write(batchScript, Data(BatchScript.source.utf8))
    }

    /// `window.NAME = {…};` — data as a script rather than a JSON file, because browsers do not
    /// let a page opened from the file system fetch files beside it.
    static func script(assigning name: String, _ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = Data("window.\(name) = ".utf8)
        out.append(try encoder.encode(value))
        out.append(Data(";\n".utf8))
        return out
    }

    /// A page loading `data.js` beside it, then the shared `script` under `prefix`.
    static func html(title: String, prefix: String, script: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-Hans">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="\(HTML.escape(prefix + style))">
        </head>
        <body>
        \(body)
        <script src="data.js"></script>
        <script src="\(HTML.escape(prefix + script))"></script>
        </body>
        </html>

        """
    }
}
