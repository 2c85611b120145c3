import ArgumentParser
import Report

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema that extraction output follows."
    )

    func run() throws {
        print(ReportSchema.json)
    }
}
