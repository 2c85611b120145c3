// swift-tools-version: 6.0
import PackageDescription

// Stages as targets: C module → reader (the only code that touches C) → pure page model and
// layout → report model and emitter → CLI.
let package = Package(
    name: "Gongkai",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gongkai", targets: ["gongkai"]),
        .library(name: "GongkaiReport", targets: ["Report"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        .systemLibrary(
            name: "CTesseract",
            pkgConfig: "tesseract",
            providers: [.apt(["libtesseract-dev", "libleptonica-dev"])]
        ),
        // Records the vector paths poppler strokes and fills through cairo (ruling lines).
        .target(name: "CCairoTap", dependencies: ["CPoppler"]),
        .target(name: "PageModel"),
        // Page images in pure Swift: seal ink, binarising, raster rulings, skew, and the engine
        // interface OCR goes through.
        .target(name: "Raster", dependencies: ["PageModel"]),
        .target(
            name: "PopplerReader",
            dependencies: ["CPoppler", "CCairoTap", "PageModel", "Raster"]
        ),
        // Reading image-only pages: Tesseract behind Raster's engine interface (C only here).
        .target(name: "OCRReader", dependencies: ["CTesseract", "PopplerReader", "Raster", "PageModel"]),
        .target(name: "Layout", dependencies: ["PageModel"]),
        // Fiscal meaning of tables: scorecards, annex line items, arithmetic checks.
        .target(name: "Fiscal", dependencies: ["Layout"]),
        .target(
            name: "Report",
            dependencies: ["PageModel", "Layout", "Fiscal", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // Converting many files unattended: worker processes, manifest, resumption.
        .target(name: "Batch", dependencies: ["Report"]),
        // Loading reports into SQLite.
        .target(name: "Warehouse", dependencies: ["Report", .product(name: "GRDB", package: "GRDB.swift")]),
        .executableTarget(
            name: "gongkai",
            dependencies: [
                "PopplerReader", "OCRReader", "Raster", "Layout", "Report", "Batch", "Warehouse",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Locating samples/ and running programs, shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "PageModelTests", dependencies: ["PageModel"]),
        .testTarget(name: "PopplerReaderTests", dependencies: ["PopplerReader", "TestSupport"]),
        .testTarget(name: "RasterTests", dependencies: ["Raster", "PageModel"]),
        .testTarget(name: "OCRReaderTests", dependencies: ["OCRReader", "PopplerReader", "Raster", "TestSupport"]),
        .testTarget(name: "LayoutTests", dependencies: ["Layout"]),
        .testTarget(name: "FiscalTests", dependencies: ["Fiscal"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "PopplerReader", "TestSupport"], exclude: ["Goldens"]),
        .testTarget(name: "BatchTests", dependencies: ["Batch", "TestSupport"]),
        .testTarget(name: "WarehouseTests", dependencies: ["Warehouse"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
