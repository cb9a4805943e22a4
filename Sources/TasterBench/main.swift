import Foundation
import TasterLessons
import TasterServiceStore

// `make bench`: every figure beside a baseline measured in the same run, as one table, and as
// JSON in bench/results.json for comparing runs.
// `taster-bench terminals ...` is one process of the many-terminals benchmark, started by this one.
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "terminals" {
    exit(TerminalWorker.run(Array(CommandLine.arguments.dropFirst(2))))
}
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
let workDir = FileManager.default.temporaryDirectory.appendingPathComponent("taster-bench-\(getpid())")
try FileManager.default.createDirectory(at: workDir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: workDir) }

do {
    var rows: [BenchRow] = []
    // TASTER_BENCH_ONLY=scale runs the store-at-scale rows alone, for trying them;
    // TASTER_BENCH_ONLY=service the service store's; TASTER_BENCH_ONLY=copy the pilot copy's.
    switch ProcessInfo.processInfo.environment["TASTER_BENCH_ONLY"] {
    case "scale"?:
        rows = try ScaleBenchmark.run(workDir: workDir)
        BenchTable.print(rows)
        try? FileManager.default.removeItem(at: workDir)
        exit(0)
    case "service"?:
        rows = try ServiceBenchmark.run(binary: binary, workDir: workDir.appendingPathComponent("service"))
        BenchTable.print(rows)
        try? FileManager.default.removeItem(at: workDir)
        exit(0)
    case "copy"?:
        guard let text = ProcessInfo.processInfo.environment["TASTER_TEST_POSTGRES"], let server = try? PostgresAddress(text) else {
            throw BenchError(description: "the pilot copy's row needs a PostgreSQL server: run it with scripts/with-test-postgres")
        }
        rows = try PilotCopyBenchmark.run(server: server, scale: 1, workDir: workDir)
        BenchTable.print(rows)
        try? FileManager.default.removeItem(at: workDir)
        exit(0)
    default:
        break
    }
    let rules = ContentRules.rules(lists: .builtIn, today: CalendarDate(year: 2026, month: 11, day: 30))
    rows += try LintBenchmark.run(workDir: workDir, contentRules: { ContentRules.check($0, rules: rules) })
    rows += try AnswerCheckBenchmark.run(lessonFolder: "lessons")
    let binFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    rows += try StartupBenchmark.run(binFolder: binFolder, workDir: workDir)
    let stressBinary = binFolder.appendingPathComponent("taster-stress")
    rows += try runStoreBenchmarks(workDir: workDir.appendingPathComponent("store"), stressBinary: stressBinary)
    rows += try ScaleBenchmark.run(workDir: workDir)
    rows += try ServiceBenchmark.run(binary: binary, workDir: workDir.appendingPathComponent("service"))
    BenchTable.print(rows)
    try BenchTable.writeJSON(rows, to: URL(fileURLWithPath: "bench/results.json"))
} catch {
    FileHandle.standardError.write(Data("taster-bench: \(error)\n".utf8))
    exit(1)
}
