import ArgumentParser
import BatchQueue
import Foundation
import PostgresWarehouse

struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Look at a batch shared through PostgreSQL (`gongkai batch --queue`).",
        subcommands: [Status.self]
    )

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Files done, running, failed and waiting; pages per second per machine.",
            discussion: """
                Exit codes:
                  0\\tthe status was printed
                  \\(ExitStatus.outputFailed.rawValue)\\tthe database cannot be reached or read
                """
        )

        @Option(help: ArgumentHelp("The queue's database.", valueName: "postgresql://…"))
        var queue: String

        func validate() throws {
            if !ConnectionString.isPostgres(queue) { throw ValidationError("--queue takes a postgresql:// URL") }
        }

        func run() throws {
            let target = ConnectionString(queue)
            do {
                print(try QueueStatus.read(target).text, terminator: "")
            } catch {
                FileHandle.standardError.write(Data("gongkai: \(target): \(error)\n".utf8))
                throw ExitStatus.outputFailed.exitCode
            }
        }
    }
}
