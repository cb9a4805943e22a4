import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the built `taster` binary as a person would, with piped input and its output captured:
/// the one binary runner every test target shares.
///
/// Each run gets a clean environment: a fixed PATH, UTF-8, no colour, and HOME and the XDG
/// folders in a folder of its own, so nothing of the caller's account (a settings file, a data
/// folder, a passphrase in the environment) reaches the program; a test adds what it means to
/// give with `environment`. Sanitizer options pass through, so `make test-sanitizers` still
/// reports from the child.
public enum TasterRunner {
    /// The repository's top folder.
    public static var repository: URL { RepositoryFiles.root }

    /// Why a test could not use the binary.
    public struct Missing: Error, CustomStringConvertible {
        /// What is missing and how to make it.
        public let description: String
    }

    /// The path of a program built beside the tests: `.build/debug/NAME`.
    public static func executable(_ name: String = "taster") throws -> String {
        let path = repository.appendingPathComponent(".build/debug/\(name)").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw Missing(description: "The \(name) binary was not found at .build/debug/\(name). Run `swift build` before `swift test` (`make test` does both).")
        }
        return path
    }

    /// The built `taster` binary, as a file URL.
    public static var executableURL: URL {
        get throws { URL(fileURLWithPath: try executable()) }
    }

    /// What a run printed and how it ended.
    public struct Run: Sendable {
        /// The exit status (the signal number when it was killed).
        public var status: Int32
        /// Standard output.
        public var output: String
        /// Standard error.
        public var error: String
        /// Whether it had to be stopped because it took longer than its timeout.
        public var timedOut: Bool
    }

    /// The environment every run starts from, before what a test adds. HOME and the XDG folders
    /// are `home`.
    public static func cleanEnvironment(home: String) -> [String: String] {
        var variables = [
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "TERM": "xterm",
            "NO_COLOR": "1",
            "HOME": home,
            "XDG_DATA_HOME": home + "/.local/share",
            "XDG_CONFIG_HOME": home + "/.config",
        ]
        for (name, value) in ProcessInfo.processInfo.environment where name.hasSuffix("SAN_OPTIONS") {
            variables[name] = value
        }
        return variables
    }

    /// Runs taster with `arguments` in `directory` (default: the repository), `input` piped in,
    /// the clean environment with `environment` laid over it, killing it after `timeout` seconds.
    public static func run(
        _ arguments: [String], input: String = "", environment: [String: String] = [:], directory: URL? = nil,
        timeout: Double = 20
    ) throws -> Run {
        let scratch = try TemporaryFolder(prefix: "taster-run")
        let process = Process()
        process.executableURL = try executableURL
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repository
        process.environment = cleanEnvironment(home: scratch.url.path).merging(environment) { _, given in given }

        // Files, not pipes, for the output: a pipe nobody reads while the program runs can fill up.
        let outputFile = scratch.child("stdout")
        let errorFile = scratch.child("stderr")
        FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let outputHandle = try FileHandle(forWritingTo: outputFile)
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        defer {
            try? outputHandle.close()
            try? errorHandle.close()
        }
        process.standardOutput = outputHandle
        process.standardError = errorHandle
        let inputPipe = Pipe()
        process.standardInput = inputPipe

        let started = Date()
        try process.run()
        inputPipe.fileHandleForWriting.write(Data(input.utf8))
        try? inputPipe.fileHandleForWriting.close()
        while process.isRunning, Date().timeIntervalSince(started) < timeout { usleep(10_000) }
        let timedOut = process.isRunning
        if timedOut {
            // SIGKILL, not terminate(): a program started from the test runner inherits its
            // blocked SIGTERM, so a run past its timeout would otherwise hang the test.
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            output: (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "",
            error: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "",
            timedOut: timedOut)
    }
}
