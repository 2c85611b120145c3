import Gongkai

/// Which pages of a document get an image drawn under their structure.
package enum PageImages: String, Sendable, CaseIterable {
    case all
    /// Only pages with a diagnostic on them: the ones that need a look.
    case withDiagnostics = "with-diagnostics"
    case none

    /// The page numbers of `report` to render.
    package func pages(of report: Report) -> Set<Int> {
        switch self {
        case .all: Set(report.pages.map(\.number))
        case .withDiagnostics: Set(report.diagnostics.compactMap(\.page)).intersection(report.pages.map(\.number))
        case .none: []
        }
    }
}
