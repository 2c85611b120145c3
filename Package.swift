// swift-tools-version: 6.0
import PackageDescription

// Stages as targets: C module → reader (the only code that touches C) → pure page model and
// layout → the library `Gongkai` (report model, emitter, and the one entry point, `extract`) →
// CLI. Only `Gongkai` is a library product; the stages under it are the package's own.
let package = Package(
    name: "Gongkai",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gongkai", targets: ["GongkaiCLI"]),
        .library(name: "Gongkai", targets: ["Gongkai"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // zlib, for writing page images quickly.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Binding a shared library's functions at first use; Tesseract and libpq through it,
        // so that neither is needed to start, nor loaded by a run that does not use it.
        // Building needs their headers: libtesseract-dev and libpq-dev.
        .target(name: "CSharedLibrary"),
        .target(name: "CTesseract", dependencies: ["CSharedLibrary"]),
        .target(name: "CLibPQ", dependencies: ["CSharedLibrary"]),
        // Records the vector paths poppler strokes and fills through cairo (ruling lines).
        // libpoppler is linked too so that the executable exports its Gfx::doForm to it.
        .target(name: "CCairoTap", dependencies: ["CPoppler"], linkerSettings: [.linkedLibrary("poppler")]),
        .target(name: "PageModel"),
        // Page images in pure Swift: seal ink, binarising, raster rulings, skew, and the engine
        // interface OCR goes through.
        .target(name: "Raster", dependencies: ["PageModel"]),
        .target(
            name: "PopplerReader",
            dependencies: ["CPoppler", "CCairoTap", "CZlib", "PageModel", "Raster"]
        ),
        // Reading image-only pages: Tesseract behind Raster's engine interface (C only here).
        .target(name: "OCRReader", dependencies: ["CTesseract", "PopplerReader", "Raster", "PageModel"]),
        .target(name: "Layout", dependencies: ["PageModel"]),
        // Fiscal meaning of tables: scorecards, annex line items, arithmetic checks.
        .target(name: "Fiscal", dependencies: ["Layout"]),
        // A file's identity (sha256), shared by the report, the batch and the warehouse.
        .target(name: "Digest", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // The library: `extract(pdfAt:)`, the report model, its encoder, schema and CSV writer.
        .target(
            name: "Gongkai",
            dependencies: ["PageModel", "PopplerReader", "OCRReader", "Raster", "Layout", "Fiscal", "Digest"],
            // A link to schemas/gongkai.schema.json, the schema's one copy, embedded in the binary.
            resources: [.embedInCode("Resources/gongkai.schema.json")]
        ),
        // Converting many files unattended: worker processes, manifest, resumption.
        .target(name: "Batch", dependencies: ["Digest"]),
        // Static HTML review of a report and of a batch, with page images drawn over.
        .target(name: "Review", dependencies: ["Gongkai", "Batch"]),
        // Loading reports into SQLite.
        .target(name: "Warehouse", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        // The warehouse in PostgreSQL, through libpq (C only here).
        .target(name: "PostgresWarehouse", dependencies: ["CLibPQ", "Warehouse"]),
        // One batch shared by many machines through a PostgreSQL table.
        .target(name: "BatchQueue", dependencies: ["Batch", "PostgresWarehouse", "Warehouse"]),
        .executableTarget(
            name: "GongkaiCLI",
            dependencies: [
                "Gongkai", "PageModel", "PopplerReader", "Batch", "Warehouse", "Review", "PostgresWarehouse",
                "BatchQueue",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Coverage-guided fuzzing of the pure stages (scripts/fuzz-layout); an ordinary build
        // gives a replayer of saved inputs.
        .executableTarget(name: "FuzzLayout", dependencies: ["PageModel", "Layout", "Fiscal"]),
        // Locating samples/ and running programs, shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "PostgresTests",
            dependencies: [
                "PostgresWarehouse", "BatchQueue", "Batch", "Warehouse", "WarehouseFixtures", "Digest", "TestSupport",
            ]),
        .testTarget(name: "PageModelTests", dependencies: ["PageModel"]),
        .testTarget(name: "PopplerReaderTests", dependencies: ["PopplerReader", "CZlib", "PageModel", "TestSupport"]),
        .testTarget(name: "RasterTests", dependencies: ["Raster", "PageModel"]),
        .testTarget(
            name: "OCRReaderTests", dependencies: ["OCRReader", "PopplerReader", "Raster", "PageModel", "TestSupport"]),
        .testTarget(name: "LayoutTests", dependencies: ["Layout", "PageModel"]),
        .testTarget(name: "FiscalTests", dependencies: ["Fiscal", "Layout", "PageModel"]),
        .testTarget(
            name: "ReportTests", dependencies: ["Gongkai", "Layout", "PageModel", "OCRReader", "TestSupport"],
            exclude: ["Goldens"]),
        .testTarget(name: "BatchTests", dependencies: ["Batch", "TestSupport"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "Gongkai", "Batch"]),
        // Hand-made report JSON, shared by the SQLite and PostgreSQL warehouse tests.
        .target(name: "WarehouseFixtures", path: "Tests/WarehouseFixtures"),
        .testTarget(
            name: "WarehouseTests",
            dependencies: ["Warehouse", "WarehouseFixtures", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
