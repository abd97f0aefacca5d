// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "begroot",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "begroot", targets: ["begroot"])
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
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
        .executableTarget(
            name: "begroot",
            dependencies: ["BegrootCore", "BegrootSite", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "BegrootCoreTests", dependencies: ["BegrootCore"]),
        .testTarget(name: "BegrootContentTests", dependencies: ["BegrootContent"]),
        .testTarget(name: "BegrootRenderTests", dependencies: ["BegrootRender"]),
        .testTarget(name: "BegrootSiteTests", dependencies: ["BegrootSite"]),
        .testTarget(name: "begrootTests", dependencies: ["BegrootCore"]),
    ]
)
