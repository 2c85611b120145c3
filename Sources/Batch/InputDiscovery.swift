import Foundation

/// One PDF a batch was asked to convert, and where its JSON goes.
package struct BatchInput: Sendable, Equatable {
    /// The path shown in the manifest: relative to the working folder when the file is below it,
    /// else absolute.
    package var path: String
    /// The absolute path the file is read from.
    package var location: String
    /// Where the JSON goes, relative to the output folder: the input's path below the inputs'
    /// common folder, with `.pdf` replaced by `.json`.
    package var output: String
    /// False when the input named a file that does not exist.
    package var exists: Bool

    package init(path: String, location: String, output: String, exists: Bool = true) {
        self.path = path
        self.location = location
        self.output = output
        self.exists = exists
    }
}

/// Turns the command line's inputs into the list of PDFs to convert.
///
/// Each argument is
/// - a folder: every `*.pdf` below it (any case), hidden folders included, links not followed;
/// - a file whose name ends in `.pdf`: that file, whatever it holds (a bad PDF becomes an error
///   record, not a surprise);
/// - any other file: a list, one path per line (to a PDF or a folder), relative to the list's
///   folder; blank lines and lines starting with `#` are skipped.
///
/// A path that does not exist is kept, so the manifest records it as failed. Outputs mirror the
/// input tree below the deepest folder that holds every argument, so a single folder argument
/// maps `DIR/a/b.pdf` to `OUT/a/b.json`.
package struct InputDiscovery {
    package var workingDirectory: String

    package init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = workingDirectory
    }

    package struct ListError: Error, CustomStringConvertible {
        package var path: String
        package var reason: String
        package var description: String { "\(path): cannot read the list (\(reason))" }
    }

    package func discover(_ arguments: [String]) throws -> [BatchInput] {
        var files: [(location: String, exists: Bool)] = []
        var anchors: [String] = []
        for argument in arguments {
            let location = absolute(argument, from: workingDirectory)
            switch kind(of: location) {
            case .directory:
                anchors.append(location)
                files += pdfs(below: location).map { ($0, true) }
            case .pdf, .missing:
                anchors.append(parent(of: location))
                files.append((location, kind(of: location) != .missing))
            case .list:
                for entry in try entries(ofList: location) {
                    let target = absolute(entry, from: parent(of: location))
                    let entryKind = kind(of: target)
                    if entryKind == .directory {
                        anchors.append(target)
                        files += pdfs(below: target).map { ($0, true) }
                    } else {
                        anchors.append(parent(of: target))
                        files.append((target, entryKind != .missing))
                    }
                }
            }
        }
        let root = commonFolder(anchors)
        var seen = Set<String>()
        var outputs = Set<String>()
        var inputs: [BatchInput] = []
        for file in files.sorted(by: { $0.location < $1.location }) where seen.insert(file.location).inserted {
            let relative = String(file.location.dropFirst(root == "/" ? 1 : root.count + 1))
            inputs.append(
                BatchInput(
                    path: display(file.location), location: file.location,
                    output: OutputLayout.unique(OutputLayout.jsonName(for: relative), taken: &outputs),
                    exists: file.exists))
        }
        return inputs
    }

    enum Kind { case directory, pdf, list, missing }

    func kind(of path: String) -> Kind {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .missing }
        if isDirectory.boolValue { return .directory }
        return path.lowercased().hasSuffix(".pdf") ? .pdf : .list
    }

    func pdfs(below folder: String) -> [String] {
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey])
        else {
            return []
        }
        var found: [String] = []
        for case let file as URL in walker where file.pathExtension.lowercased() == "pdf" {
            if (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                found.append(absolute(file.path, from: folder))
            }
        }
        return found
    }

    func entries(ofList path: String) throws -> [String] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ListError(
                path: display(path), reason: "not a PDF name, and not UTF-8 text: \(error.localizedDescription)")
        }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    func display(_ location: String) -> String {
        let prefix = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        return location.hasPrefix(prefix) ? String(location.dropFirst(prefix.count)) : location
    }
}

func absolute(_ path: String, from folder: String) -> String {
    let joined = path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
    return URL(fileURLWithPath: joined).standardizedFileURL.path
}

func parent(of path: String) -> String {
    (path as NSString).deletingLastPathComponent
}

/// The deepest folder that contains every one of `folders` (absolute, standardized).
func commonFolder(_ folders: [String]) -> String {
    guard var common = folders.first?.split(separator: "/", omittingEmptySubsequences: true) else { return "/" }
    for folder in folders.dropFirst() {
        let parts = folder.split(separator: "/", omittingEmptySubsequences: true)
        common = Array(zip(common, parts).prefix { $0 == $1 }.map(\.0))
    }
    return "/" + common.joined(separator: "/")
}
