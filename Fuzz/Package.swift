// swift-tools-version:6.0
// libFuzzer harnesses for begroot's content parsers; kept out of the main package so that its
// `swift build` / `swift test` never see them. Build and run with `make fuzz` (see README.md).
import PackageDescription

let targets = ["frontmatter", "yaml", "buurt", "votes", "videos", "vtt", "siteconfig", "csv", "values"]

let package = Package(
    name: "begroot-fuzz",
    dependencies: [.package(name: "begroot", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "BegrootContent", package: "begroot"), .product(name: "BegrootCore", package: "begroot")])
    ] + targets.map {
        .executableTarget(name: "fuzz-" + $0, dependencies: ["FuzzSupport", .product(name: "BegrootContent", package: "begroot"), .product(name: "BegrootCore", package: "begroot")])
    }
)
