import Foundation
import PageModel

/// Renders the images of many pages on several threads. A poppler document is confined to its
/// thread, so each thread opens its own copy of the document from the same bytes.
package struct ConcurrentPageRenderer: Sendable {
    package var file: String
    package var data: Data
    package var password: String?
    /// Pixels per point.
    package var scale: Double
    /// Bounds each image's pixels.
    package var limits: ReadLimits

    package init(file: String, data: Data, password: String?, scale: Double, limits: ReadLimits = .standard) {
        self.file = file
        self.data = data
        self.password = password
        self.scale = scale
        self.limits = limits
    }

    /// PNG bytes of each page of `pages`, rendered by up to `threads` threads.
    package func pngData(pages: [Int], threads: Int) throws -> [Int: Data] {
        let threads = max(1, min(threads, pages.count))
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            do {
                let document = try PDFDocument(data: data, file: file, password: password)
                for index in stride(from: worker, to: pages.count, by: threads) {
                    let png = try document.page(pages[index]).pngData(scale: scale, limits: limits, overlays: [])
                    results.store(pages[index], png)
                }
            } catch {
                results.fail(error)
            }
        }
        return try results.value()
    }

    /// The images and the first error, shared by the threads under a lock.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var images: [Int: Data] = [:]
        private var error: (any Error)?

        func store(_ page: Int, _ png: Data) {
            lock.withLock { images[page] = png }
        }

        func fail(_ error: any Error) {
            lock.withLock { if self.error == nil { self.error = error } }
        }

        func value() throws -> [Int: Data] {
            try lock.withLock {
                if let error { throw error }
                return images
            }
        }
    }
}
