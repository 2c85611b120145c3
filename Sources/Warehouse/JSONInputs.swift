import Foundation

/// The report files `gongkai load` reads: each argument is a JSON file, or a folder searched
/// recursively for `*.json` (hidden folders, such as a batch's scratch folder, are skipped).
package enum JSONInputs {
    package struct Missing: Error, CustomStringConvertible {
        package var path: String
        package var description: String { "\(path): no such file or folder" }
    }

    package static func discover(_ arguments: [String]) throws -> [String] {
        var found: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw Missing(path: argument)
            }
            guard isDirectory.boolValue else {
                found.append(argument)
                continue
            }
            let root = URL(fileURLWithPath: argument, isDirectory: true)
            let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey],
                options: [.skipsHiddenFiles])
            var here: [String] = []
            while let file = walker?.nextObject() as? URL {
                guard file.pathExtension.lowercased() == "json",
                    (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
                else { continue }
                let relative = String(file.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count))
                here.append((argument.hasSuffix("/") ? String(argument.dropLast()) : argument) + relative)
            }
            found += here.sorted()
        }
        return found
    }
}
