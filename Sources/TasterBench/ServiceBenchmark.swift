import Foundation
import TasterServiceBench
import TasterServiceStore
import TasterStore

/// The library service's PostgreSQL store, on the throwaway server `make bench` starts
/// (scripts/with-test-postgres, with fsync on so commits are as durable as a real server's):
///
/// - many terminals at once: 200 learners, as 20 processes of 10 threads, each learner with its
///   own connection, recording steps through the store, against pgbench sending the same
///   statements from 200 clients with the same durability (`synchronous_commit` left at its
///   default, on, as the store leaves it);
/// - a service after three years (50,000 learners, 3,000,000 step events, 40 branches, made by
///   ``ServiceHistory``): a returning learner's resume, the live view and the all-time report,
///   each against ``HandWrittenQueries`` run the same number of times, after checking both give
///   the same answer.
///
/// - `taster store copy` of a pilot into the service (``PilotCopyBenchmark``).
///
/// `TASTER_BENCH_SCALE` (such as 0.1) shrinks the history and the events each terminal sends.
enum ServiceBenchmark {
    /// The branch the terminals record at, and the one pgbench writes as.
    static let terminalsBranch = "Terminals"
    static let pgbenchBranch = "Terminals pgbench"
    /// Processes and learners in each.
    static let processes = 20
    static let learnersEach = 10

    static func run(binary: URL, workDir: URL) throws -> [BenchRow] {
        let environment = ProcessInfo.processInfo.environment
        guard let text = environment["TASTER_TEST_POSTGRES"], let server = try? PostgresAddress(text) else {
            throw BenchError(description: "the service store's rows need a PostgreSQL server: run them with `make bench` (scripts/with-test-postgres)")
        }
        let scale = environment["TASTER_BENCH_SCALE"].flatMap(Double.init) ?? 1
        guard scale > 0, scale <= 1 else { throw BenchError(description: "TASTER_BENCH_SCALE must be a number above 0 and at most 1, such as 0.1") }
        try FileManager.default.createDirectory(at: workDir, withIntermediateDirectories: true)
        var rows = try terminals(server: server, scale: scale, binary: binary, workDir: workDir, programs: environment["TASTER_TEST_POSTGRES_BIN"])
        rows += try history(server: server, scale: scale)
        rows += try PilotCopyBenchmark.run(server: server, scale: scale, workDir: workDir)
        return rows
    }

    // MARK: - Many terminals

    static func terminals(server: PostgresAddress, scale: Double, binary: URL, workDir: URL, programs: String?) throws -> [BenchRow] {
        let address = try database("taster_bench_terminals", on: server)
        let events = max(5, Int((50 * scale).rounded()))
        let learners = processes * learnersEach
        let store = try ServiceProgressStore.open(address, branch: terminalsBranch)
        let codes = try (0..<learners).map { _ in try store.newLearner(nickname: nil).code }
        try store.close()
        let admin = try PostgresConnection(address: address)
        let synchronousCommit = try admin.execute("SHOW synchronous_commit").single ?? "?"
        let fsync = try admin.execute("SHOW fsync").single ?? "?"

        // Taster: the processes open their stores, then all start at once.
        var workers: [(Process, Pipe, Pipe)] = []
        for index in 0..<processes {
            let process = Process()
            let input = Pipe(), output = Pipe()
            process.executableURL = binary
            process.arguments = ["terminals", address.description, String(events),
                                 codes[(index * learnersEach)..<((index + 1) * learnersEach)].map(\.rawValue).joined(separator: ",")]
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.standardError
            try process.run()
            workers.append((process, input, output))
        }
        for (_, _, output) in workers {
            let line = readLine(output.fileHandleForReading)
            guard line == "ready" else { throw BenchError(description: "a terminal process printed \u{201C}\(line)\u{201D}") }
        }
        for (_, input, _) in workers { input.fileHandleForWriting.write(Data("go\n".utf8)) }
        var latencies: [Int] = []
        var sent = 0, failed = 0
        var first = Double.infinity, last = 0.0
        for (process, _, output) in workers {
            let lines = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
            process.waitUntilExit()
            let fields = lines.first?.split(separator: " ") ?? []
            guard fields.count == 5, fields[0] == "done", let s = Int(fields[1]), let f = Int(fields[2]),
                  let start = Double(fields[3]), let end = Double(fields[4]) else {
                throw BenchError(description: "a terminal process printed \u{201C}\(lines.first ?? "")\u{201D}")
            }
            sent += s
            failed += f
            first = min(first, start)
            last = max(last, end)
            if lines.count > 1 { latencies += lines[1].split(separator: " ").compactMap { Int($0) } }
        }
        let stored = Int(try admin.execute("SELECT count(*) FROM step_event WHERE branch = $1", [terminalsBranch]).single ?? "") ?? 0
        let tasterRate = Double(sent - failed) / (last - first)

        // pgbench: the same statements, one transaction per event, 200 clients, one learner each.
        let learnerIDs = try admin.execute("""
            INSERT INTO learner (code, created_at, last_active_at)
            SELECT 'pgbench-' || n, now(), now() FROM generate_series(1, $1::int) AS n RETURNING id
            """, [String(learners)]).rows.compactMap { $0[0].flatMap { Int($0) } }.sorted()
        guard let base = learnerIDs.first, learnerIDs.last == base + learners - 1 else {
            throw BenchError(description: "pgbench's learners were not numbered in one run")
        }
        let pgbench = try runPgbench(
            address: address, programs: programs, workDir: workDir, clients: learners, events: events, firstLearner: base)
        let pgbenchStored = Int(try admin.execute("SELECT count(*) FROM step_event WHERE branch = $1", [pgbenchBranch]).single ?? "") ?? 0
        let lost = sent - stored
        let pgbenchLost = learners * events - pgbenchStored
        FileHandle.standardError.write(Data(String(
            format: "%d terminals (%d processes x %d learners, a connection each), %d events each, fsync=%@ synchronous_commit=%@: taster %d sent, %d failed, %d stored, %d lost; pgbench %d sent, %d stored, %d lost\n",
            learners, processes, learnersEach, events, fsync, synchronousCommit, sent, failed, stored, lost,
            learners * events, pgbenchStored, pgbenchLost).utf8))

        let sortedTaster = latencies.sorted(), sortedPgbench = pgbench.latencies.sorted()
        let baseline = "pgbench, same statements, \(learners) clients"
        return [
            BenchRow(name: "\(learners) terminals at once: events/s", unit: "events/s", taster: tasterRate, baseline: pgbench.rate,
                     baselineName: baseline, target: "ratio >= 0.5", met: tasterRate >= 0.5 * pgbench.rate),
            BenchRow(name: "\(learners) terminals at once: latency p50", unit: "s", taster: percentile(sortedTaster, 0.5) / 1e6,
                     baseline: percentile(sortedPgbench, 0.5) / 1e6, baselineName: baseline, target: "(none)", met: true),
            BenchRow(name: "\(learners) terminals at once: latency p99", unit: "s", taster: percentile(sortedTaster, 0.99) / 1e6,
                     baseline: percentile(sortedPgbench, 0.99) / 1e6, baselineName: baseline, target: "(none)", met: true),
            // Rows counted on the server afterwards: every event sent must be there (none lost).
            BenchRow(name: "\(learners) terminals at once: events stored", unit: "events", taster: Double(stored), baseline: Double(pgbenchStored),
                     baselineName: baseline + ", rows counted", target: "\(sent) sent, 0 lost",
                     met: lost == 0 && failed == 0 && pgbenchLost == 0),
        ]
    }

    /// Runs pgbench with a script of the store's statements for one step; returns its
    /// transactions per second (without connection time, as the terminals' figure) and each
    /// transaction's latency in microseconds from its log.
    static func runPgbench(address: PostgresAddress, programs: String?, workDir: URL, clients: Int, events: Int, firstLearner: Int) throws -> (rate: Double, latencies: [Int]) {
        let script = workDir.appendingPathComponent("record-step.sql")
        try """
            \\set lid :base + :client_id
            \\set step random(0, 9)
            BEGIN;
            UPDATE learner SET last_active_at = now() WHERE id = :lid RETURNING id;
            INSERT INTO lesson_progress (learner_id, lesson_id, content_version, started_at, resume_step_index, last_active_at) VALUES (:lid, 'lesson-1', '', now(), 0, now()) ON CONFLICT (learner_id, lesson_id) DO UPDATE SET last_active_at = excluded.last_active_at;
            INSERT INTO step_event (learner_id, branch, lesson_id, step_index, step_id, attempts, hints_used, skipped, seconds_spent, completed, typed_answers, recorded_at) VALUES (:lid, '\(pgbenchBranch)', 'lesson-1', :step, NULL, 1, 0, false, 30, true, NULL, now());
            INSERT INTO lesson_progress (learner_id, lesson_id, content_version, started_at, resume_step_index, last_active_at) VALUES (:lid, 'lesson-1', '', now(), :step + 1, now()) ON CONFLICT (learner_id, lesson_id) DO UPDATE SET resume_step_index = excluded.resume_step_index, last_active_at = excluded.last_active_at;
            COMMIT;

            """.write(to: script, atomically: true, encoding: .utf8)
        let logs = workDir.appendingPathComponent("pgbench-log")
        try? FileManager.default.removeItem(at: logs)
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: (programs ?? "/usr/bin") + "/pgbench")
        process.arguments = [
            "-n", "-h", address.value(of: "host") ?? "", "-p", address.value(of: "port") ?? "5432", "-U", address.value(of: "user") ?? "",
            "-c", String(clients), "-j", "2", "-t", String(events), "-M", "extended", "-D", "base=\(firstLearner - 1)",
            "-f", script.path, "--log", "--log-prefix=\(logs.path)/step", address.value(of: "dbname") ?? "",
        ]
        process.currentDirectoryURL = workDir
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("tps = ") }),
              let rate = Double(line.dropFirst(6).split(separator: " ").first ?? "") else {
            throw BenchError(description: "pgbench failed: \(text)")
        }
        var latencies: [Int] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: logs.path) {
            let log = try String(contentsOfFile: logs.appendingPathComponent(file).path, encoding: .utf8)
            for entry in log.split(separator: "\n") {
                let fields = entry.split(separator: " ")
                if fields.count >= 3, let latency = Int(fields[2]) { latencies.append(latency) }
            }
        }
        return (rate, latencies)
    }

    // MARK: - A service after three years

    static func history(server: PostgresAddress, scale: Double) throws -> [BenchRow] {
        let address = try database("taster_bench_history", on: server)
        let history = ServiceHistory(learners: max(100, Int((50_000 * scale).rounded())))
        let home = ServiceHistory.branchName(1)
        let store = try ServiceProgressStore.open(address, branch: home)
        defer { try? store.close() }
        let generator = try PostgresConnection(address: address)
        let queries = HandWrittenQueries(connection: try PostgresConnection(address: address))

        // The first tenth of the history, and the live view on it with 12 at terminals.
        let tenth = history.learners / 10
        var seconds = try timed { try history.add(1...tenth, on: generator) }
        report(history: history, upTo: tenth, seconds: seconds)
        _ = try store.startSession(named: "Today")
        try addLiveLearners(12, to: store)
        let snapshotEarly = try snapshot(store, queries, branch: home, expecting: 12)

        // All of it.
        var codes: [LearnerCode] = []
        seconds = try timed { codes = try history.add((tenth + 1)...history.learners, on: generator) }
        report(history: history, upTo: history.learners, seconds: seconds)
        let snapshot12 = try snapshot(store, queries, branch: home, expecting: 12)
        try addLiveLearners(36, to: store)
        let snapshot48 = try snapshot(store, queries, branch: home, expecting: 48)

        // A returning learner's code lookup and resume, for 200 different learners.
        let sample = stride(from: 0, to: codes.count, by: max(1, codes.count / 200)).map { codes[$0] }
        for code in sample.prefix(20) {
            guard ServiceAnswers.Resume(try store.progress(code: code)) == (try queries.resume(code: code)) else {
                throw BenchError(description: "the store and the hand-written SQL resumed \(code) differently")
            }
        }
        var turn = 0
        let resumeTaster = try ScaleBenchmark.median(runs: sample.count) {
            let code = sample[turn % sample.count]; turn += 1
            guard try store.learner(code: code) != nil else { throw BenchError(description: "the generated learner \(code) was not found") }
            _ = try store.progress(code: code)
        }
        turn = 0
        let resumeSQL = try ScaleBenchmark.median(runs: sample.count) {
            _ = try queries.resume(code: sample[turn % sample.count]); turn += 1
        }

        // The all-time service report: every branch's impact figures.
        let branches = (1...history.branches).map(ServiceHistory.branchName)
        let stores = try branches.map { try ServiceProgressStore.open(address, branch: $0) }
        defer { for branchStore in stores { try? branchStore.close() } }
        var storeReport = ServiceAnswers.Report.zero, sqlReport = ServiceAnswers.Report.zero
        let reportTaster = try ScaleBenchmark.median(runs: 3) {
            storeReport = try stores.reduce(.zero) { $0 + ServiceAnswers.Report(try $1.impactData(since: nil, until: nil)) }
        }
        let reportSQL = try ScaleBenchmark.median(runs: 3) {
            sqlReport = try branches.reduce(.zero) { $0 + (try queries.report(branch: $1)) }
        }
        guard storeReport == sqlReport else {
            throw BenchError(description: "the store's report \(storeReport) and the hand-written SQL's \(sqlReport) differ")
        }

        let events = { (upTo: Int) in (upTo * ServiceHistory.stepsPerLearner).formatted(.number.grouping(.automatic)) }
        let small = events(tenth), big = events(history.learners)
        let sql = "hand-written indexed SQL"
        return [
            BenchRow(name: "code lookup and resume (\(big) events)", unit: "s", taster: resumeTaster, baseline: resumeSQL,
                     baselineName: sql, target: "(none)", met: true),
            BenchRow(name: "live-view snapshot, 12 active (\(small) events)", unit: "s", taster: snapshotEarly.taster,
                     baseline: snapshotEarly.sql, baselineName: sql, target: "< 20 ms", met: snapshotEarly.taster < 0.020),
            BenchRow(name: "live-view snapshot, 12 active (\(big) events)", unit: "s", taster: snapshot12.taster,
                     baseline: snapshot12.sql, baselineName: sql, target: "< 20 ms", met: snapshot12.taster < 0.020),
            BenchRow(name: "live-view snapshot, 48 active (\(big) events)", unit: "s", taster: snapshot48.taster,
                     baseline: snapshot48.sql, baselineName: sql, target: "< 20 ms", met: snapshot48.taster < 0.020),
            BenchRow(name: "live-view snapshot: \(big) / \(small) events", unit: "s", taster: snapshot12.taster,
                     baseline: snapshotEarly.taster, baselineName: String(format: "taster at %@ events (SQL grows %.2fx)", small, snapshot12.sql / snapshotEarly.sql),
                     target: "ratio < 1.5", met: snapshot12.taster < 1.5 * snapshotEarly.taster),
            BenchRow(name: "live-view snapshot: 48 / 12 active", unit: "s", taster: snapshot48.taster, baseline: snapshot12.taster,
                     baselineName: String(format: "taster with 12 active (SQL grows %.2fx)", snapshot48.sql / snapshot12.sql),
                     target: "(shown)", met: true),
            BenchRow(name: "all-time service report, \(history.branches) branches", unit: "s", taster: reportTaster, baseline: reportSQL,
                     baselineName: sql + ", per branch", target: "ratio <= 2", met: reportTaster <= 2 * reportSQL),
        ]
    }

    /// The live view of `branch` through the store and through the SQL, 51 times each, after
    /// checking they list the same `expecting` learners.
    static func snapshot(_ store: ServiceProgressStore, _ queries: HandWrittenQueries, branch: String, expecting: Int) throws -> (taster: Double, sql: Double) {
        let shown = ServiceAnswers.codes(try store.liveBoard())
        let listed = try queries.liveBoard(branch: branch)
        guard shown == listed, shown.count == expecting else {
            throw BenchError(description: "the live view showed \(shown.count) learners and its SQL \(listed.count), not \(expecting)")
        }
        let taster = try ScaleBenchmark.median(runs: 51) { _ = try store.liveBoard() }
        let sql = try ScaleBenchmark.median(runs: 51) { _ = try queries.liveBoard(branch: branch) }
        return (taster, sql)
    }

    /// `count` new learners at terminals of the store's branch, on a step of a lesson, as the shell reports them.
    static func addLiveLearners(_ count: Int, to store: ServiceProgressStore) throws {
        for index in 0..<count {
            let learner = try store.newLearner(nickname: "Learner \(index)")
            try store.startLesson(code: learner.code, lessonID: "lesson-01", contentVersion: "v1")
            try store.updateLiveStatus(
                code: learner.code,
                step: LiveStep(lessonID: "lesson-01", lessonTitle: "A lesson", stepNumber: 1 + index % 10, stepCount: 10, stepStartedAt: Date()),
                sessionPin: nil)
        }
    }

    static func report(history: ServiceHistory, upTo last: Int, seconds: Double) {
        FileHandle.standardError.write(Data(String(
            format: "service history: %d learners, %d step events, %d branches, %d sessions each, generated in %.1f s\n",
            last, last * ServiceHistory.stepsPerLearner, history.branches, history.weeks(upTo: last), seconds).utf8))
    }

    // MARK: - Helpers

    /// A new, empty database `name` on the server (dropped first if an earlier run left it).
    static func database(_ name: String, on server: PostgresAddress) throws -> PostgresAddress {
        let admin = try PostgresConnection(address: server)
        try admin.executeScript("DROP DATABASE IF EXISTS \(name)")
        try admin.executeScript("CREATE DATABASE \(name)")
        let keep = server.options.filter { $0.keyword != "dbname" }.map { "\($0.keyword)=\($0.value)" }
        return try PostgresAddress((keep + ["dbname=\(name)"]).joined(separator: " "))
    }

    static func timed(_ work: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func percentile(_ sorted: [Int], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))])
    }

    /// One line from `handle`, read a byte at a time so nothing after it is consumed.
    static func readLine(_ handle: FileHandle) -> String {
        var bytes: [UInt8] = []
        while let byte = try? handle.read(upToCount: 1), let first = byte.first, first != UInt8(ascii: "\n") {
            bytes.append(first)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
