// swift-tools-version:6.1
import PackageDescription

// Layers, each importing only those listed before it:
//   TasterLessons  - lesson model, safe YAML loading, validation, answer checking (no terminal, no database)
//   TasterEngine   - the pure learning state machine
//   TasterAuthoring - lint and headless test runs for lesson authors
//   TasterStore    - learners and progress in SQLite
//   TasterShell    - the learner's terminal (libedit)
//   TasterReports  - volunteer guides, impact reports, certificates and the volunteer passphrase
//   TasterCommands - the command line, and the one composition root
//   taster         - the executable: one small file
let package = Package(
    name: "Taster",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "taster", targets: ["taster"]),
        // For the fuzzing package in Fuzz/, which depends on this one by path.
        .library(name: "TasterLessons", targets: ["TasterLessons"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(
            name: "TasterLessons",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(name: "TasterEngine", dependencies: ["TasterLessons"]),
        .target(name: "TasterAuthoring", dependencies: ["TasterLessons", "TasterEngine"]),
        .target(name: "TasterStore", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "TasterShell", dependencies: ["TasterEngine", "TasterStore", "CEditLine"]),
        .target(
            name: "TasterReports",
            dependencies: [
                "TasterLessons", "TasterStore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "TasterCommands",
            dependencies: [
                "TasterLessons", "TasterEngine", "TasterAuthoring", "TasterStore", "TasterShell", "TasterReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "taster", dependencies: ["TasterCommands"]),
        .executableTarget(
            name: "taster-stress",
            dependencies: ["TasterStore", .product(name: "GRDBSQLite", package: "GRDB.swift")],
            path: "Sources/TasterStress"
        ),
        .executableTarget(
            name: "taster-bench",
            dependencies: ["TasterAuthoring", "TasterStore", .product(name: "Yams", package: "Yams"), .product(name: "GRDBSQLite", package: "GRDB.swift")],
            path: "Sources/TasterBench"
        ),
        .executableTarget(name: "bench-hello", path: "Sources/BenchHello"),
        .executableTarget(name: "bench-hello-foundation", path: "Sources/BenchHelloFoundation"),
        .testTarget(name: "TasterLessonsTests", dependencies: ["TasterLessons"]),
        .testTarget(name: "TasterEngineTests", dependencies: ["TasterEngine"]),
        .testTarget(name: "TasterAuthoringTests", dependencies: ["TasterAuthoring"]),
        .testTarget(name: "TasterStoreTests", dependencies: ["TasterStore"]),
        .testTarget(name: "TasterShellTests", dependencies: ["TasterShell"]),
        .testTarget(name: "TasterReportsTests", dependencies: ["TasterReports"]),
        .testTarget(name: "EndToEndTests", dependencies: []),
    ]
)
