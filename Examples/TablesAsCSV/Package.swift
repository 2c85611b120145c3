// swift-tools-version: 6.0
import PackageDescription

// An example of using Gongkai from another package: prints every table of a PDF as CSV.
let package = Package(
    name: "TablesAsCSV",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Gongkai", path: "../..")],
    targets: [
        .executableTarget(name: "TablesAsCSV", dependencies: [.product(name: "Gongkai", package: "Gongkai")])
    ],
    swiftLanguageModes: [.v6]
)
