// swift-tools-version:5.4
// 5.4 on purpose: from 5.5 on, SwiftPM links every Swift executable with its entry point renamed
// to `<module>_main`, which a libFuzzer target (whose `main` comes from libFuzzer) does not have.
import Foundation
import PackageDescription

// libFuzzer targets for the lesson loader and the answer checker. They build only with the
// fuzzer flags, so they live in their own package: `make fuzz` builds and runs them.
//
// The properties the fuzzers check are compiled from the main package's regression test file
// (Sources/FuzzProperties holds a link to it), so an input a fuzzer once failed on is checked
// the same way by `swift test`.

// A package found by path is known by its folder's name, which depends on where the project
// was checked out, so the name is worked out here rather than written down.
let tasterFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let tasterIdentity = tasterFolder.lastPathComponent.lowercased()

let package = Package(
    name: "TasterFuzz",
    products: [
        .executable(name: "lesson-loader-fuzzer", targets: ["LessonLoaderFuzzer"]),
        .executable(name: "answer-checker-fuzzer", targets: ["AnswerCheckerFuzzer"]),
    ],
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        .target(
            name: "FuzzProperties",
            dependencies: [.product(name: "TasterLessons", package: tasterIdentity)],
            swiftSettings: [.define("TASTER_FUZZ_HARNESS")]
        ),
        .executableTarget(name: "LessonLoaderFuzzer", dependencies: ["FuzzProperties"]),
        .executableTarget(name: "AnswerCheckerFuzzer", dependencies: ["FuzzProperties"]),
    ]
)
