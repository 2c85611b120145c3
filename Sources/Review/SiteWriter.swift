import Foundation

/// Where a review's files go: a path relative to the site's folder ("pages/p0001.png") and the
/// bytes. The caller decides how a file is written (atomically, into which folder), so the
/// review itself does no file I/O and can be checked in memory.
package typealias SiteWriter = (_ path: String, _ data: Data) throws -> Void

/// PNG bytes of each of some pages, asked for a few pages at a time so a large document's images
/// are never held whole (and a renderer can draw the pages of one request in parallel).
package typealias PageImageRenderer = (_ pages: [Int]) throws -> [Int: Data]
