import ArgumentParser
import Foundation
import PostgresWarehouse
import Warehouse

struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Load extraction JSON into a SQLite or PostgreSQL warehouse.",
        discussion: """
            Each argument is a JSON file or a folder searched recursively for *.json (such as a \
            `gongkai batch` output folder). The database is created and migrated as needed; tables: \
            documents, pages, headings, tables, cells, scorecards, indicators, line_items, \
            diagnostics. A document already loaded (same source sha256) is replaced in one \
            transaction, never duplicated. A file that does not validate is rejected with the \
            reason and the others are loaded.

            --db postgresql://USER@HOST:PORT/DB (or postgres://…) loads into PostgreSQL instead: \
            the same tables, keys and indexes, one transaction and one COPY per table for each \
            document. libpq reads the URL as psql does (sslmode=…, PGPASSWORD, ~/.pgpass); a \
            password in it is never printed.

            Exit codes:
              0\tevery file was loaded
              \(BatchCommand.someFailed)\tat least one file was rejected (the others were loaded)
              \(ExitStatus.fileNotFound.rawValue)\tan argument does not exist
              \(ExitStatus.outputFailed.rawValue)\tthe database cannot be opened or written
              \(ExitStatus.usage.rawValue)\tinvalid command-line usage
            """
    )

    @Argument(help: ArgumentHelp("JSON files or folders of them.", valueName: "dir-or-json"))
    var inputs: [String]

    @Option(
        help: ArgumentHelp(
            "The SQLite database (created when missing), or a postgresql:// URL.",
            valueName: "warehouse.sqlite|url"))
    var db: String

    @Flag(name: .shortAndLong, help: "Print nothing but rejections and errors.")
    var quiet = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("name at least one JSON file or folder") }
    }

    func run() throws {
        let paths: [String]
        do {
            paths = try JSONInputs.discover(inputs)
        } catch {
            throw fail("\(error)", .fileNotFound)
        }
        let postgres = ConnectionString.isPostgres(db)
        // What messages call the database: a URL without its password.
        let target = postgres ? ConnectionString(db).description : db
        let result: WarehouseLoader.Result
        let started = Date()
        do {
            let warehouse: any ReportStore =
                postgres ? try PostgresWarehouse(ConnectionString(db)) : try Warehouse(path: db)
            result = try WarehouseLoader(warehouse: warehouse).load(paths) { rejected in
                FileHandle.standardError.write(Data("gongkai: \(rejected.path): rejected: \(rejected.reason)\n".utf8))
            }
        } catch {
            throw fail("\(target): \(error)", .outputFailed)
        }
        let seconds = Date().timeIntervalSince(started)
        if !quiet {
            FileHandle.standardError.write(
                Data(
                    """
                    gongkai load: \(result.inserted.count) loaded, \(result.replaced.count) replaced, \
                    \(result.rejected.count) rejected into \(target) (\(result.rows) rows in \
                    \(String(format: "%.2f", seconds)) s, \(String(format: "%.0f", Double(result.rows) / max(seconds, 0.001))) rows/s)\n
                    """.utf8))
        }
        if !result.rejected.isEmpty { throw ExitCode(BatchCommand.someFailed) }
    }

    func fail(_ message: String, _ status: ExitStatus) -> ExitCode {
        FileHandle.standardError.write(Data("gongkai: \(message)\n".utf8))
        return status.exitCode
    }
}
