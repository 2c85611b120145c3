import ArgumentParser
import Foundation
import Gongkai

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema that extraction output follows."
    )

    func run() throws {
        FileHandle.standardOutput.write(Data(ReportSchema.json.utf8))
    }
}
