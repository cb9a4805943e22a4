import Foundation

/// Finds and runs the `taster-stress` executable built beside the tests.
enum StressBinary {
    /// The executable, looked for next to the test bundle and then in the package's build folder.
    static func locate() -> URL? {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("taster-stress"))
        }
        if let argument = CommandLine.arguments.first {
            let runner = URL(fileURLWithPath: argument).deletingLastPathComponent()
            candidates.append(runner.appendingPathComponent("taster-stress"))
        }
        var packageRoot = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { packageRoot.deleteLastPathComponent() }
        for configuration in ["debug", "release"] {
            candidates.append(packageRoot.appendingPathComponent(".build/\(configuration)/taster-stress"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The lesson every workload records against (`StressWorkloads.lessonID`).
    static let lessonID = "stress-lesson"

    /// The message shown when the executable is missing.
    static let missingMessage =
        "taster-stress was not found beside the tests or in .build/debug; run `swift build` before `swift test`"
}

/// A running `taster-stress` whose output is collected as it arrives.
final class StressProcess: @unchecked Sendable {
    private let process = Process()
    private let pipe = Pipe()
    private let lock = NSLock()
    private var collected = Data()

    /// Starts the executable with `arguments`.
    init(binary: URL, arguments: [String]) throws {
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let chunk = handle.availableData
            guard let self, !chunk.isEmpty else { return }
            self.lock.lock()
            self.collected.append(chunk)
            self.lock.unlock()
        }
        try process.run()
    }

    /// Complete lines printed so far.
    var lines: [String] {
        lock.lock()
        defer { lock.unlock() }
        let text = String(decoding: collected, as: UTF8.self)
        var lines = text.components(separatedBy: "\n")
        lines.removeLast()  // the part after the last newline is not a complete line yet
        return lines
    }

    /// Waits until a line starting with `prefix` appears, or the process ends, or time runs out.
    func waitForLine(startingWith prefix: String, timeout: TimeInterval) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let line = lines.first(where: { $0.hasPrefix(prefix) }) { return line }
            if !process.isRunning { return lines.first { $0.hasPrefix(prefix) } }
            usleep(2_000)
        }
        return nil
    }

    /// Kills the process with SIGKILL, as a power switch or crash would stop it.
    func kill() {
        _ = Foundation.kill(process.processIdentifier, SIGKILL)
    }

    /// Waits for the process to end and for its last output to be read; returns the exit status.
    @discardableResult
    func wait() -> Int32 {
        process.waitUntilExit()
        pipe.fileHandleForReading.readabilityHandler = nil
        let rest = pipe.fileHandleForReading.readDataToEndOfFile()
        lock.lock()
        collected.append(rest)
        lock.unlock()
        return process.terminationStatus
    }
}
