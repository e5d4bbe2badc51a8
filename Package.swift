// swift-tools-version:6.0
import PackageDescription

/// The engine and the plotting code are always compiled with optimisation, even in a
/// debug `swift run site` or `swift test`: lessons link against them and would
/// otherwise run an order of magnitude slower than a reader expects.
let optimised: [SwiftSetting] = [.unsafeFlags(["-O"])]

let package = Package(
    name: "Underbrace",
    products: [
        .executable(name: "site", targets: ["site"]),
        // The runtime every lesson links against; a dynamic library so that a lesson
        // compiles in about a second instead of recompiling the engine.
        .library(name: "Notebook", type: .dynamic, targets: ["Notebook"]),
        .library(name: "Engine", targets: ["Engine"]),
        .library(name: "Plot", targets: ["Plot"]),
        .library(name: "Learn", targets: ["Learn"]),
        .library(name: "Datasets", targets: ["Datasets"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CBLAS", pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]),
        .systemLibrary(
            name: "CCmark", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CMalloc"),

        .target(name: "Engine", dependencies: ["CBLAS", "CMalloc"], swiftSettings: optimised),
        .target(name: "Plot", dependencies: ["CCairo"], swiftSettings: optimised),
        .target(name: "Learn", dependencies: ["Engine"], swiftSettings: optimised),
        .target(name: "DataFolders"),
        .target(name: "Datasets", dependencies: ["Engine", "CZlib", "DataFolders"], swiftSettings: optimised),
        // Swift 5 mode: the runtime shares C's `stdout` with the lesson's `print`, a
        // global that Swift 6's concurrency checking rejects.
        .target(
            name: "Notebook", dependencies: ["Engine", "Learn", "Plot", "Datasets"],
            swiftSettings: optimised + [.swiftLanguageMode(.v5)]),
        .target(
            name: "SiteKit",
            dependencies: [
                "CCmark", "DataFolders",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .executableTarget(
            name: "site",
            dependencies: ["SiteKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // `swift run -c release bench`: the engine's speed beside reference libraries.
        .executableTarget(name: "bench", dependencies: ["Engine", "Learn", "Datasets", "CBLAS"], swiftSettings: optimised),

        .target(name: "TestSupport", dependencies: ["Engine"], path: "Tests/TestSupport"),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "CMalloc", "TestSupport"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot", "TestSupport"]),
        .testTarget(name: "SiteKitTests", dependencies: ["SiteKit", "TestSupport"]),
        .testTarget(name: "LearnTests", dependencies: ["Learn", "Datasets", "TestSupport"]),
        .testTarget(name: "DatasetsTests", dependencies: ["Datasets"]),
        .testTarget(name: "LessonTests", dependencies: ["SiteKit"]),
    ]
)
