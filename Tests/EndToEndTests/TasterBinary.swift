import Foundation

/// Runs the built `taster` binary as a person would, capturing what it prints.
struct TasterBinary {
    /// The repository's top folder.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built binary (`swift build` makes it before the tests run).
    static var executable: URL {
        get throws {
            let url = repository.appendingPathComponent(".build/debug/taster")
            guard FileManager.default.isExecutableFile(atPath: url.path) else {
                throw Missing(description: "The taster binary was not found at .build/debug/taster. Run `swift build` before `swift test` (make test does this).")
            }
            return url
        }
    }

    /// What a run printed and how it ended.
    struct Result {
        var status: Int32
        var output: String
        var error: String
        var seconds: Double
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs taster with `arguments` in `directory` (default: the repository), standard input from
    /// `input`, killing it after `timeout` seconds.
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:], directory: URL? = nil, timeout: Double = 20) throws -> Result {
        let process = Process()
        process.executableURL = try executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repository
        var variables = ProcessInfo.processInfo.environment
        variables["NO_COLOR"] = "1"
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("taster-out-\(UUID().uuidString)")
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("taster-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outputFile)
            try? FileManager.default.removeItem(at: errorFile)
        }
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        let inputPipe = Pipe()
        process.standardInput = inputPipe
        let started = Date()
        try process.run()
        inputPipe.fileHandleForWriting.write(Data(input.utf8))
        try? inputPipe.fileHandleForWriting.close()
        while process.isRunning, Date().timeIntervalSince(started) < timeout { usleep(10_000) }
        if process.isRunning {
            // SIGKILL, not terminate(): a program started from the test runner inherits its
            // blocked SIGTERM, so a run past its timeout would otherwise hang the test.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let seconds = Date().timeIntervalSince(started)
        return Result(
            status: process.terminationStatus,
            output: (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "",
            error: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "",
            seconds: seconds)
    }
}
