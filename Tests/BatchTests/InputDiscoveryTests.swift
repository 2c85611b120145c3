import Foundation
import Testing
@testable import Batch

@Suite("Inputs: folders, files and lists; outputs mirror the tree")
struct InputDiscoveryTests {
    @Test func folderIsSearchedRecursivelyAndMirrored() throws {
        let folder = try Scratch()
        try folder.write("in/a.pdf", "x")
        try folder.write("in/sub/b.PDF", "y")
        try folder.write("in/sub/notes.txt", "z")
        let inputs = try InputDiscovery(workingDirectory: folder.root).discover(["in"])
        #expect(inputs.map(\.path) == ["in/a.pdf", "in/sub/b.PDF"])
        #expect(inputs.map(\.output) == ["a.json", "sub/b.json"])
    }

    @Test func listFileNamesPathsRelativeToItself() throws {
        let folder = try Scratch()
        try folder.write("docs/x/a.pdf", "x")
        try folder.write("docs/y/b.pdf", "y")
        try folder.write("docs/list.txt", "# inputs\nx/a.pdf\n\n y/b.pdf \nmissing.pdf\n")
        let inputs = try InputDiscovery(workingDirectory: folder.root).discover(["docs/list.txt"])
        #expect(inputs.map(\.path) == ["docs/missing.pdf", "docs/x/a.pdf", "docs/y/b.pdf"])
        #expect(inputs.map(\.output) == ["missing.json", "x/a.json", "y/b.json"])
        #expect(inputs.map(\.exists) == [false, true, true])
    }

    @Test func missingArgumentIsKeptAsAnInput() throws {
        let folder = try Scratch()
        let inputs = try InputDiscovery(workingDirectory: folder.root).discover(["nowhere.pdf"])
        #expect(inputs.map(\.exists) == [false])
    }

    @Test func sameFileNamedTwiceIsOneInput() throws {
        let folder = try Scratch()
        try folder.write("in/a.pdf", "x")
        let inputs = try InputDiscovery(workingDirectory: folder.root).discover(["in", "in/a.pdf", "./in/a.pdf"])
        #expect(inputs.count == 1)
    }

    @Test func namesDifferingOnlyInCaseGetDistinctOutputs() throws {
        let folder = try Scratch()
        try folder.write("in/a.pdf", "x")
        try folder.write("in/a.PDF", "y")
        let outputs = try InputDiscovery(workingDirectory: folder.root).discover(["in"]).map(\.output)
        #expect(Set(outputs).count == 2)
    }

    @Test func severalFoldersMirrorBelowTheirCommonParent() throws {
        let folder = try Scratch()
        try folder.write("a/one.pdf", "x")
        try folder.write("b/two.pdf", "y")
        let inputs = try InputDiscovery(workingDirectory: folder.root).discover(["a", "b"])
        #expect(inputs.map(\.output) == ["a/one.json", "b/two.json"])
    }
}
