/// What the PDF's document information dictionary says about it (/Title, /Author). Producers
/// fill it from the source file, so it can name the year and body of a file whose pages do not.
package struct DocumentInfo: Sendable, Hashable {
    package var title: String?
    package var author: String?

    package init(title: String? = nil, author: String? = nil) {
        self.title = title
        self.author = author
    }
}
