// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "kg",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kg", targets: ["kg"]),
        .library(name: "Graph", targets: ["Graph"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "KGModel", targets: ["KGModel"]),
        .library(name: "Language", targets: ["Language"]),
    ],
    traits: [
        // `swift build --traits PostgreSQL` (make test, make bench) builds kg with the
        // PostgreSQL graph store; the default build (make run) leaves swift-nio out.
        .trait(name: "PostgreSQL", description: "The PostgreSQL graph store (--store postgresql://...)."),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "Language",
            resources: [.copy("Resources")]
        ),
        .target(name: "KGModel"),
        .target(
            name: "Extraction",
            dependencies: ["Language", "KGModel", "CLibXML2"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "Graph",
            dependencies: [
                "KGModel",
                "Extraction",
                "CGraphviz",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "PostgresStore",
            dependencies: [
                "Graph",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .executableTarget(
            name: "kg",
            dependencies: [
                "Graph",
                "Language",
                .target(name: "PostgresStore", condition: .when(traits: ["PostgreSQL"])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "kgbench",
            dependencies: [
                "Graph",
                "Language",
                .target(name: "PostgresStore", condition: .when(traits: ["PostgreSQL"])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "LanguageTests", dependencies: ["Language"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "KGModel", "Language"]),
        .testTarget(name: "GraphTests", dependencies: ["Graph", "Extraction", "KGModel", "Language"]),
        .testTarget(name: "KGTests", dependencies: ["Graph"]),
        .testTarget(name: "PostgresStoreTests", dependencies: ["PostgresStore", "Graph"]),
    ]
)
