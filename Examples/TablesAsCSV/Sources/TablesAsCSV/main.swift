import Foundation
import Gongkai

// usage: TablesAsCSV FILE.pdf — every table as CSV, each after a "# id: title" line.
guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: TablesAsCSV FILE.pdf\n".utf8))
    exit(64)
}
do {
    let report = try Gongkai.extract(pdfAt: URL(fileURLWithPath: CommandLine.arguments[1]))
    for table in report.tables {
        print("# \(table.id): \(table.title ?? "")")
        FileHandle.standardOutput.write(CSVExporter.csv(of: table))
    }
} catch {
    // An ExtractionError reads as one line naming the file (and page) and the cause.
    FileHandle.standardError.write(Data("TablesAsCSV: \(error)\n".utf8))
    exit(1)
}
