import Foundation

/// Start-up to the first screen and peak memory of `taster`, against hello-world programs built
/// the same way (release, same toolchain), each run many times with input at its end.
enum StartupBenchmark {
    /// One process run: seconds until the first output arrived.
    struct Sample {
        var secondsToFirstOutput: Double
    }

    /// The peak memory (resident set) of a run, in MiB, the largest of five.
    ///
    /// Measured by GNU time, a small program: a child started straight from this (large) process
    /// would count this process's memory as its own until it starts the program.
    static func peakMiB(_ executable: URL, _ arguments: [String]) throws -> Double {
        let time = URL(fileURLWithPath: "/usr/bin/time")
        guard FileManager.default.isExecutableFile(atPath: time.path) else {
            throw BenchError(description: "/usr/bin/time is missing: install the Debian package time (make bench does)")
        }
        var peak = 0.0
        for _ in 0..<5 {
            let process = Process()
            process.executableURL = time
            process.arguments = ["-f", "%M", executable.path] + arguments
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard let kilobytes = text.split(separator: "\n").last.flatMap({ Double($0) }) else {
                throw BenchError(description: "GNU time printed \(text)")
            }
            peak = max(peak, kilobytes / 1024)
        }
        return peak
    }

    /// The rows: time to first screen and peak memory, against each baseline.
    static func run(binFolder: URL, workDir: URL, runs: Int = 30) throws -> [BenchRow] {
        let dataDir = workDir.appendingPathComponent("startup-data").path
        let taster = try measure(binFolder.appendingPathComponent("taster"), ["--data-dir", dataDir, "--lessons", "lessons"], runs: runs)
        var rows: [BenchRow] = []
        for (name, label) in [("bench-hello", "Swift hello-world"), ("bench-hello-foundation", "Swift hello-world with Foundation")] {
            let hello = try measure(binFolder.appendingPathComponent(name), [], runs: runs)
            let time = (median(taster.map(\.secondsToFirstOutput)), median(hello.map(\.secondsToFirstOutput)))
            let memory = (try peakMiB(binFolder.appendingPathComponent("taster"), ["--data-dir", dataDir, "--lessons", "lessons"]),
                          try peakMiB(binFolder.appendingPathComponent(name), []))
            rows.append(BenchRow(name: "start-up to first screen", unit: "s", taster: time.0, baseline: time.1, baselineName: label,
                                 target: "ratio <= 2", met: time.0 <= 2 * time.1))
            rows.append(BenchRow(name: "peak memory", unit: "MiB", taster: memory.0, baseline: memory.1, baselineName: label,
                                 target: "ratio <= 1.5", met: memory.0 <= 1.5 * memory.1))
        }
        return rows
    }

    /// Runs `executable` `runs` times (after two warm-up runs) with standard input at its end.
    static func measure(_ executable: URL, _ arguments: [String], runs: Int) throws -> [Sample] {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw BenchError(description: "\(executable.path) is missing: build it with swift build -c release")
        }
        var samples: [Sample] = []
        for run in 0..<(runs + 2) {
            let sample = try once(executable, arguments)
            if run >= 2 { samples.append(sample) }
        }
        return samples
    }

    private static func once(_ executable: URL, _ arguments: [String]) throws -> Sample {
        var output: [Int32] = [0, 0]
        guard pipe(&output) == 0 else { throw BenchError(description: "cannot make a pipe") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, output[0])
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable.path, &actions, nil, argv, envp) == 0 else {
            throw BenchError(description: "cannot start \(executable.path)")
        }
        close(output[1])
        var byte: UInt8 = 0
        _ = read(output[0], &byte, 1)
        let firstOutput = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while read(output[0], &buffer, buffer.count) > 0 {}
        close(output[0])
        var status: Int32 = 0
        _ = waitpid(pid, &status, 0)
        return Sample(secondsToFirstOutput: firstOutput)
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
