// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "thdash",
    products: [
        .executable(name: "thdash", targets: ["thdash"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // ncursesw, reached through a thin C shim of static inline accessors (Debian: libncurses-dev). No
        // pkg-config: its only compiler flags are -D flags, which SwiftPM rejects with a warning on every
        // build; the shim defines what they would, and the module map links the library.
        .systemLibrary(name: "CNcursesw"),
        // libxml2's HTML parser, for saved web pages.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The C library's wcwidth, which Swift's Glibc module does not declare: the width every column count uses.
        .systemLibrary(name: "CWcwidth"),
        // A seeded random generator shared by the benchmarks' corpus generator and the tests.
        .target(name: "SeededRandom"),
        // Vietnamese text → figures. Foundation only, and the C library's wcwidth for terminal widths.
        .target(name: "ThdashExtraction", dependencies: ["CWcwidth"]),
        // Saved web pages → article text, through libxml2.
        .target(name: "ThdashHTML", dependencies: ["ThdashExtraction", "CLibXML2"]),
        // Extracted figures kept on disk by file content, so that a second start skips extraction.
        .target(name: "ThdashCache", dependencies: ["ThdashExtraction"]),
        // Figures → dataset: products, periods, series, conflicts, checks.
        .target(name: "ThdashModel", dependencies: ["ThdashExtraction"]),
        // App state, update, screens and widgets over an in-memory cell buffer.
        .target(name: "ThdashUI", dependencies: ["ThdashModel", "ThdashExtraction"]),
        // The only code that talks to the terminal.
        .target(name: "ThdashTerminal", dependencies: ["ThdashUI", "CNcursesw"]),
        .executableTarget(
            name: "thdash",
            dependencies: [
                "ThdashExtraction", "ThdashHTML", "ThdashCache", "ThdashModel", "ThdashUI", "ThdashTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks: `swift run -c release thdash-bench`.
        .executableTarget(
            name: "thdash-bench",
            dependencies: ["ThdashExtraction", "ThdashHTML", "ThdashModel", "ThdashUI", "SeededRandom"]
        ),
        // The expected figures (Expected/) and screens (Golden/) are read through #filePath, not as resources.
        .testTarget(
            name: "ExtractionTests", dependencies: ["ThdashExtraction", "SeededRandom"], exclude: ["Expected"]),
        .testTarget(name: "CacheTests", dependencies: ["ThdashCache", "ThdashExtraction", "SeededRandom"]),
        .testTarget(name: "HTMLTests", dependencies: ["ThdashHTML", "ThdashExtraction"]),
        .testTarget(name: "ModelTests", dependencies: ["ThdashModel", "ThdashExtraction"]),
        .testTarget(
            name: "UITests", dependencies: ["ThdashUI", "ThdashModel", "ThdashExtraction", "SeededRandom"],
            exclude: ["Golden"]),
        .testTarget(name: "TerminalTests", dependencies: ["ThdashTerminal", "ThdashUI", "CNcursesw"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ThdashExtraction"]),
    ]
)
