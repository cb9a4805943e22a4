import Foundation
import TasterStore

// taster-stress: drives the progress store from many processes at once, for the multi-process
// and crash tests and for the benchmarks. Each run prints one line, "ok ..." or "error ...",
// and exits 0 or 1 (2 for a usage mistake).

// As in taster: past a file-size limit, writes fail with EFBIG instead of SIGXFSZ ending the process.
signal(SIGXFSZ, SIG_IGN)

let arguments: StressArguments
switch StressArguments.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let parsed):
    arguments = parsed
case .failure(let problem):
    FileHandle.standardError.write(Data("taster-stress: \(problem.message)\n\(StressUsageError.usage)\n".utf8))
    exit(2)
}

do {
    let folder = try arguments.dataDirectory()
    let line: String
    switch arguments.mode {
    case "record":
        line = try StressWorkloads.record(
            dataDirectory: folder, learnerIndex: try arguments.number("learner-index"),
            events: try arguments.number("events", default: 500))
    case "raw":
        line = try StressWorkloads.raw(
            dataDirectory: folder, learnerIndex: try arguments.number("learner-index"),
            events: try arguments.number("events", default: 500))
    case "forever":
        try StressWorkloads.forever(dataDirectory: folder, learnerIndex: try arguments.number("learner-index", default: 0))
    case "latency":
        line = try StressWorkloads.latency(
            dataDirectory: folder, events: try arguments.number("events", default: 2_000),
            via: try arguments.text("via"))
    case "open":
        line = try StressWorkloads.open(dataDirectory: folder)
    default:
        throw StressUsageError("unknown mode \u{201C}\(arguments.mode)\u{201D}")
    }
    StressWorkloads.emit(line)
    exit(0)
} catch let usage as StressUsageError {
    FileHandle.standardError.write(Data("taster-stress: \(usage.message)\n\(StressUsageError.usage)\n".utf8))
    exit(2)
} catch let storeError as StoreError {
    StressWorkloads.emit("error \(storeError)")
    exit(1)
} catch let rawError as RawSQLiteError {
    StressWorkloads.emit("error \(rawError.message)")
    exit(1)
} catch {
    StressWorkloads.emit("error \(error)")
    exit(1)
}
