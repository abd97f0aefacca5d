// swift-tools-version:6.0
import Foundation
import PackageDescription

let systemAllocator = ProcessInfo.processInfo.environment["BEGROOT_SYSTEM_ALLOCATOR"] == "1"

let package = Package(
    name: "begroot",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "begroot", targets: ["begroot"]),
        // For the fuzz package (Fuzz/Package.swift), which depends on this one by path.
        .library(name: "BegrootCore", targets: ["BegrootCore"]),
        .library(name: "BegrootContent", targets: ["BegrootContent"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
    ],
    targets: [
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .target(name: "BegrootCore"),
        .target(name: "BegrootContent", dependencies: ["BegrootCore", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "BegrootRender",
            dependencies: ["BegrootCore", "BegrootContent", "CCmark"]
        ),
        .target(name: "BegrootSite", dependencies: ["BegrootCore", "BegrootContent", "BegrootRender"]),
        .target(name: "BegrootServe", dependencies: ["BegrootCore", "BegrootContent", "BegrootRender", "BegrootSite", .product(name: "Hummingbird", package: "hummingbird"), .product(name: "HummingbirdCore", package: "hummingbird")]),
        .executableTarget(
            name: "begroot",
            dependencies: ["BegrootCore", "BegrootSite", "BegrootServe", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            // mimalloc instead of glibc's malloc: a build allocates millions of small strings and
            // dictionaries from two threads, and glibc's arenas were 15% of its time (Benchmarks/README.md).
            // `make dist` builds with BEGROOT_SYSTEM_ALLOCATOR=1: Debian has no static mimalloc, and the
            // downloadable binary must need nothing but the C library (docs/install.md).
            linkerSettings: systemAllocator ? [] : [.linkedLibrary("mimalloc", .when(platforms: [.linux]))],
            plugins: ["BuildInfo"]
        ),
        // `begroot --version` names the commit it was built from: a generated `BuildInfo.swift`.
        .executableTarget(name: "BuildInfoTool"),
        .plugin(name: "BuildInfo", capability: .buildTool(), dependencies: ["BuildInfoTool"]),
        // Temporary folders that the test run removes when it ends.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "BegrootCoreTests", dependencies: ["BegrootCore", "TestSupport"]),
        .testTarget(name: "BegrootContentTests", dependencies: ["BegrootContent", "TestSupport"]),
        .testTarget(name: "BegrootRenderTests", dependencies: ["BegrootRender"]),
        .testTarget(name: "BegrootSiteTests", dependencies: ["BegrootSite", "TestSupport"]),
        .testTarget(name: "BegrootServeTests", dependencies: ["BegrootServe"]),
        .testTarget(name: "begrootTests", dependencies: ["BegrootCore", "TestSupport", .product(name: "Yams", package: "Yams")]),
    ]
)
