import Foundation
import TasterStore

/// One measured figure of the progress store next to its baseline.
/// A failure while benchmarking the store, quoting what `taster-stress` printed.
struct StoreBenchError: Error, CustomStringConvertible {
    /// What went wrong.
    let description: String
}

/// Measures the progress store against plain SQLite with the same settings.
///
/// Both sides run in `taster-stress` processes (build it in release mode for meaningful numbers):
/// - per-event write latency, median and 99th percentile over 2,000 single-step writes after a
///   warm-up, through ``ProgressDatabase`` versus the SQLite C API doing the same statements
///   (WAL, `synchronous = NORMAL`, `secure_delete = ON`, 5 s busy timeout);
/// - throughput with 16 processes each recording 500 steps for its own learner at once on a
///   fresh file (so process start, open and migrate are included), as events per second; the
///   median of three runs.
func runStoreBenchmarks(workDir: URL, stressBinary: URL) throws -> [BenchRow] {
    try FileManager.default.createDirectory(at: workDir, withIntermediateDirectories: true)
    let baselineName = "SQLite C API, same settings"

    let storeLatency = try latency(via: "store", folder: workDir.appendingPathComponent("latency-store"), binary: stressBinary)
    let rawLatency = try latency(via: "raw", folder: workDir.appendingPathComponent("latency-raw"), binary: stressBinary)

    var storeRates: [Double] = []
    var rawRates: [Double] = []
    for run in 0..<3 {
        storeRates.append(try throughput(mode: "record", folder: workDir.appendingPathComponent("throughput-store-\(run)"), binary: stressBinary))
        rawRates.append(try throughput(mode: "raw", folder: workDir.appendingPathComponent("throughput-raw-\(run)"), binary: stressBinary))
    }

    let throughput = (taster: median(storeRates), raw: median(rawRates))
    return [
        BenchRow(
            name: "store write latency, median", unit: "µs", taster: storeLatency.median, baseline: rawLatency.median,
            baselineName: baselineName, target: "(none)", met: true),
        BenchRow(
            name: "store write latency, p99", unit: "µs", taster: storeLatency.p99, baseline: rawLatency.p99,
            baselineName: baselineName, target: "< 5 ms", met: storeLatency.p99 < 5_000),
        BenchRow(
            name: "store 16 x 500 throughput", unit: "events/s", taster: throughput.taster, baseline: throughput.raw,
            baselineName: baselineName + ", 16 processes", target: "ratio >= 0.5", met: throughput.taster >= 0.5 * throughput.raw),
    ]
}

/// Runs `taster-stress latency` and reads "ok <events> <median> <p99> <mean>".
private func latency(via: String, folder: URL, binary: URL) throws -> (median: Double, p99: Double) {
    try? FileManager.default.removeItem(at: folder)
    let output = try runStress(binary, ["latency", "--via", via, "--events", "2000", "--data-dir", folder.path])
    let fields = output.split(separator: " ")
    guard fields.count == 5, fields[0] == "ok", let median = Double(fields[2]), let p99 = Double(fields[3]) else {
        throw StoreBenchError(description: "taster-stress latency --via \(via) printed \u{201C}\(output)\u{201D}")
    }
    return (median, p99)
}

/// Starts 16 writers at once on a fresh folder and returns events per second of wall time.
private func throughput(mode: String, folder: URL, binary: URL) throws -> Double {
    try? FileManager.default.removeItem(at: folder)
    let processCount = 16
    let eventsEach = 500
    let clock = ContinuousClock()
    let started = clock.now
    let processes = try (0..<processCount).map { index in
        try startStress(binary, [mode, "--data-dir", folder.path, "--learner-index", "\(index)", "--events", "\(eventsEach)"])
    }
    var outputs: [String] = []
    for (process, pipe) in processes {
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        outputs.append(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
    let elapsed = clock.now - started
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    if let failure = outputs.first(where: { $0 != "ok \(eventsEach)" }) {
        throw StoreBenchError(description: "taster-stress \(mode) printed \u{201C}\(failure)\u{201D}")
    }
    return Double(processCount * eventsEach) / seconds
}

private func startStress(_ binary: URL, _ arguments: [String]) throws -> (Process, Pipe) {
    let process = Process()
    let pipe = Pipe()
    process.executableURL = binary
    process.arguments = arguments
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    return (process, pipe)
}

private func runStress(_ binary: URL, _ arguments: [String]) throws -> String {
    let (process, pipe) = try startStress(binary, arguments)
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}

private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}
