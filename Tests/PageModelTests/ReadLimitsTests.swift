import PageModel
import Testing

@Suite("Read limits")
struct ReadLimitsTests {
    @Test("Pages within the document limit are all read, with no cut")
    func withinPageLimit() {
        var limits = ReadLimits.standard
        limits.pagesPerDocument = 3
        let (read, cut) = limits.pagesToRead([2, 4, 6])
        #expect(read == [2, 4, 6])
        #expect(cut == nil)
    }

    @Test("Pages past the document limit are left out, the cut naming the first of them and the flag")
    func pastPageLimit() throws {
        var limits = ReadLimits.standard
        limits.pagesPerDocument = 2
        let (read, cut) = limits.pagesToRead([3, 5, 7, 9])
        #expect(read == [3, 5])
        let found = try #require(cut)
        #expect(found.kind == .pagesPerDocument)
        #expect(found.what.contains("2 pages") && found.what.contains("page 7"))
        #expect(found.limitDescription == "the limit of 2 pages per document (--max-pages)")
    }

    @Test("Every limit is positive by default")
    func defaults() {
        let limits = ReadLimits.standard
        #expect(limits.charactersPerPage > 0 && limits.pathsPerPage > 0 && limits.rulingsPerPage > 0)
        #expect(limits.pagesPerDocument > 0 && limits.secondsPerPage > 0)
    }
}
