// swift-tools-version:6.1
import PackageDescription

// Layers, each importing only those listed before it:
//   TasterLessons  - lesson model, safe YAML loading, validation, answer checking (no terminal, no database)
//   TasterEngine   - the pure learning state machine
//   TasterAuthoring - lint and headless test runs for lesson authors
//   TasterStore    - learners and progress in SQLite, and the store seam every backend fits
//   TasterServiceStore - the library service's PostgreSQL store (libpq): migrations, every store protocol
//   TasterWording  - the catalogue: every sentence a person reads, by key, per language
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
        // Each pinned to its minor version, so a build never picks up new behaviour unasked.
        .package(url: "https://github.com/groue/GRDB.swift", .upToNextMinor(from: "7.10.0")),
        .package(url: "https://github.com/apple/swift-argument-parser", .upToNextMinor(from: "1.8.2")),
    ],
    targets: [
        // C libraries from Debian's -dev packages: no Swift package to build for them.
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CSodium", pkgConfig: "libsodium", providers: [.apt(["libsodium-dev"])]),
        // libpq: the header only, found under /usr/include/postgresql by the shim; the library is
        // loaded when first used (Sources/TasterServiceStore/LibPQ.swift), so it is not linked.
        .systemLibrary(name: "CLibPQ", providers: [.apt(["libpq-dev"])]),
        .target(name: "TasterLessons", dependencies: ["CLibYAML"]),
        .target(name: "TasterEngine", dependencies: ["TasterLessons"]),
        .target(name: "TasterAuthoring", dependencies: ["TasterLessons", "TasterEngine", "TasterWording"]),
        .target(name: "TasterStore", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "TasterServiceStore", dependencies: ["CLibPQ", "TasterStore"]),
        // A library service's history generated on a server, and the hand-written SQL the
        // benchmarks compare the service store with: a target of its own so a test can check
        // both against the store.
        .target(name: "TasterServiceBench", dependencies: ["TasterStore", "TasterServiceStore"]),
        .target(
            name: "TasterWording",
            dependencies: ["TasterLessons", "TasterEngine", "TasterStore"],
            // Compiled into the program as bytes: no file to find at run time, and read only when
            // that language is first used.
            resources: [.embedInCode("Languages/cy.yaml")]
        ),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "TasterShell", dependencies: ["TasterEngine", "TasterStore", "TasterWording", "CEditLine"]),
        .target(
            name: "TasterReports",
            dependencies: ["TasterLessons", "TasterStore", "TasterWording", "CSodium"]
        ),
        .target(
            name: "TasterCommands",
            dependencies: [
                "TasterLessons", "TasterEngine", "TasterAuthoring", "TasterStore", "TasterServiceStore", "TasterWording", "TasterShell",
                "TasterReports", .product(name: "ArgumentParser", package: "swift-argument-parser"),
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
            dependencies: [
                "TasterAuthoring", "TasterStore", "TasterServiceStore", "TasterServiceBench",
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: "Sources/TasterBench"
        ),
        .executableTarget(name: "bench-hello", path: "Sources/BenchHello"),
        .executableTarget(name: "bench-hello-foundation", path: "Sources/BenchHelloFoundation"),
        .testTarget(name: "TasterLessonsTests", dependencies: ["TasterTestSupport", "TasterLessons", "TasterWording"]),
        .testTarget(name: "TasterEngineTests", dependencies: ["TasterEngine", "TasterWording"]),
        .testTarget(name: "TasterWordingTests", dependencies: ["TasterWording", "TasterEngine", "TasterLessons", "TasterStore"]),
        .testTarget(name: "TasterAuthoringTests", dependencies: ["TasterTestSupport", "TasterAuthoring"]),
        .testTarget(name: "TasterStoreTests", dependencies: ["TasterTestSupport", "TasterStore", "TasterServiceStore"]),
        .testTarget(name: "TasterShellTests", dependencies: ["TasterTestSupport", "TasterShell"]),
        .testTarget(name: "TasterReportsTests", dependencies: ["TasterTestSupport", "TasterReports"]),
        .testTarget(name: "TasterServiceStoreTests", dependencies: ["TasterTestSupport", "TasterServiceStore", "TasterStore", "TasterServiceBench"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TasterTestSupport"]),
        // What many test targets share: temporary folders, a manual clock, the repository's files,
        // the one taster runner and the signal reset for the programs tests start.
        .target(name: "TasterTestSupport", dependencies: ["TasterStore", "TasterServiceStore", "TasterWording", "TasterShell"], path: "Tests/TasterTestSupport"),
        .testTarget(
            name: "TasterCommandsTests",
            dependencies: ["TasterCommands", "TasterStore", "TasterReports", "TasterWording", "TasterTestSupport"]
        ),
    ]
)
