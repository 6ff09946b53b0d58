// swift-tools-version:6.0
// The libFuzzer target of kg, a package of its own so that the default build never
// compiles it: `make fuzz` builds it with -sanitize=fuzzer,address and runs it.
import PackageDescription

let package = Package(
    name: "KGFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "kg", path: ".."),
    ],
    targets: [
        // libFuzzer's driver, declared for Swift.
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "KGFuzz",
            dependencies: ["CFuzzerDriver", .product(name: "Graph", package: "kg")]
        ),
    ]
)
