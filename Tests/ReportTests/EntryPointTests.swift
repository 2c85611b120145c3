import Foundation
import Gongkai
import TestSupport
import Testing

/// The library's one entry point, called as a user of the `Gongkai` product calls it.
@Suite("Entry point")
struct EntryPointTests {
    @Test("extract(pdfAt:) reads every table of a sample, and extract(pdfData:) gives the same report")
    func fromFileAndFromMemory() throws {
        let path = Samples.path("ruled-table.pdf")
        let fromFile = try Gongkai.extract(pdfAt: URL(fileURLWithPath: path))
        #expect(fromFile.tables.count == 1)
        #expect(fromFile.tables.first.map { $0.cells.count > 0 } == true)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let fromMemory = try Gongkai.extract(pdfData: data, named: "ruled-table.pdf")
        #expect(fromMemory == fromFile)
    }

    @Test("A page selection extracts those pages and says so in the source")
    func pages() throws {
        let url = URL(fileURLWithPath: Samples.path("encrypted.pdf"))
        let report = try Gongkai.extract(pdfAt: url, password: Samples.password, pages: PageSelection(1...1))
        #expect(report.source.pagesExtracted == [1])
        #expect(report.pages.map(\.number) == [1])
    }

    @Test("Each failure is one typed error naming the file as given, and the page where there is one")
    func errors() throws {
        func kind(_ body: () throws -> Report) -> ExtractionError? {
            do {
                _ = try body()
                return nil
            } catch { return error as? ExtractionError }
        }
        let missing = kind { try Gongkai.extract(pdfAt: URL(fileURLWithPath: "no/such.pdf")) }
        #expect(missing?.kind == .fileNotFound)
        #expect(missing?.file == "no/such.pdf")
        #expect(missing?.description == "no/such.pdf: no such file")

        let ruled = URL(fileURLWithPath: Samples.path("ruled-table.pdf"))
        let beyond = kind { try Gongkai.extract(pdfAt: ruled, pages: PageSelection(argument: "2-")) }
        #expect(beyond?.kind == .pageOutOfRange)
        #expect(beyond?.page == 2)

        let longPassword = String(repeating: "x", count: 128)
        #expect(kind { try Gongkai.extract(pdfAt: ruled, password: longPassword) }?.kind == .passwordTooLong)

        let badDpi = ExtractionOptions(ocr: .init(dpi: 10))
        #expect(kind { try Gongkai.extract(pdfAt: ruled, options: badDpi) }?.kind == .invalidOption)

        let noTime = kind { try Gongkai.extract(pdfAt: ruled, options: ExtractionOptions(timeLimit: .zero)) }
        #expect(noTime?.kind == .timeLimitExceeded)
        #expect(noTime?.page == 1)

        let notPDF = kind { try Gongkai.extract(pdfData: Data("hello".utf8), named: "memo.txt") }
        #expect(notPDF?.kind == .notPDF)
        #expect(notPDF?.file == "memo.txt")

        let remote = kind { try Gongkai.extract(pdfAt: URL(string: "https://example.org/a.pdf")!) }
        #expect(remote?.kind == .unreadable)
    }
}
