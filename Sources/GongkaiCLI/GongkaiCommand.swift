import ArgumentParser
import Gongkai

@main
struct GongkaiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gongkai",
        abstract: "Turn published budget and final-account PDFs into structured, validated JSON.",
        discussion: """
            Exit codes:
            \(ExitStatus.table)
            """,
        version: "0.1.0 (schema \(ReportSchema.version))",
        subcommands: [
            ExtractCommand.self, SchemaCommand.self, InspectCommand.self, ReviewCommand.self, BatchCommand.self,
            LoadCommand.self, QueueCommand.self,
        ]
    )

}
