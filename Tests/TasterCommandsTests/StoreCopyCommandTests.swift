import Foundation
import Testing
import TasterServiceStore
import TasterReports
import TasterStore
import TasterTestSupport
@testable import TasterCommands

/// `taster store copy`, in-process: a pilot's data folder into a library service's server
/// (the test PostgreSQL server) and back out, twice over, with learners on both sides, and the
/// refusals.
@Suite("Copying a store into another", .ownThread)
struct StoreCopyCommandTests {
    static let branch = "Halifax Central"

    /// A pilot in the harness's data folder: two learners in one session (one part-way through a
    /// lesson, one who finished theirs), lesson events, confidence answers, a forgotten learner
    /// and the volunteer passphrase. Returns the learners' codes.
    @discardableResult
    private func makePilot(_ harness: CommandHarness) throws -> (partWay: LearnerCode, finished: LearnerCode) {
        // The volunteer copying gives the pilot's passphrase, as scripts do.
        try harness.unlockForScripts()
        let store = try harness.store()
        _ = try store.startSession(named: "Tuesday taster")
        harness.clock.advance(seconds: 60)
        let sam = try store.newLearner(nickname: "Sam")
        try store.setPreferredLanguage(code: sam.code, language: "cy")
        try store.updateLiveStatus(code: sam.code, step: nil, sessionPin: nil)
        try store.startLesson(code: sam.code, lessonID: "online-forms", contentVersion: "v1")
        try store.recordLessonEvent(code: sam.code, lessonID: "online-forms", kind: .started, sessionPin: nil)
        for index in 0..<2 {
            harness.clock.advance(seconds: 40)
            try store.recordStep(code: sam.code, lessonID: "online-forms", record: StepRecord(stepIndex: index, attempts: 1, completed: true), resumeAt: index + 1)
        }
        let kim = try store.newLearner(nickname: nil)
        try store.updateLiveStatus(code: kim.code, step: nil, sessionPin: nil)
        try store.startLesson(code: kim.code, lessonID: "banking-safely", contentVersion: "v2")
        try store.recordLessonEvent(code: kim.code, lessonID: "banking-safely", kind: .started, sessionPin: nil)
        for index in 0..<3 {
            harness.clock.advance(seconds: 25)
            try store.recordStep(code: kim.code, lessonID: "banking-safely", record: StepRecord(stepIndex: index, attempts: 2, hintsUsed: 1, completed: true), resumeAt: index + 1)
        }
        try store.recordLessonEvent(code: kim.code, lessonID: "banking-safely", kind: .hint, sessionPin: nil)
        try store.completeLesson(code: kim.code, lessonID: "banking-safely", contentVersion: "v2")
        try store.recordLessonEvent(code: kim.code, lessonID: "banking-safely", kind: .completed, sessionPin: nil)
        let gone = try store.newLearner(nickname: nil)
        try store.updateLiveStatus(code: gone.code, step: nil, sessionPin: nil)
        try store.recordLessonEvent(code: gone.code, lessonID: "online-forms", kind: .started, sessionPin: nil)
        _ = try store.forget(code: gone.code)
        for (rating, moment) in [(2, ConfidenceMoment.before), (3, .before), (4, .after)] {
            _ = try store.recordConfidence(rating, moment: moment, sessionPin: nil)
        }
        _ = try store.endSession()
        return (sam.code, kim.code)
    }

    /// How many rows each table of `database` holds, for seeing that nothing changed.
    private func rowCounts(_ database: PostgresAddress) throws -> [String: String] {
        let connection = try PostgresConnection(address: database)
        var counts: [String: String] = [:]
        for table in ["learner", "lesson_progress", "step_event", "lesson_event", "taster_session", "session_learner",
                      "confidence_count", "confidence_pair", "forgotten_learner_day", "volunteer_credential"] {
            counts[table] = try connection.execute("SELECT count(*)::text || '/' || md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM \(table) t").single
        }
        return counts
    }

    /// The two figures on the table's line for `kind`.
    private func figures(_ output: String, _ kind: String) -> [String] {
        let line = output.split(separator: "\n").first { $0.hasPrefix("  \(kind) ") }
        return line.map { $0.split(separator: " ").suffix(2).map(String.init) } ?? []
    }

    private func copy(_ harness: CommandHarness, _ from: String, _ to: String, branch: String? = Self.branch) -> CommandHarness.Run {
        harness.run(["store", "copy", from, to] + (branch.map { ["--branch", $0] } ?? []))
    }

    @Test("a pilot joins the service: counts match, learners resume at the same step, the other branch is untouched, and the passphrase goes with it")
    func pilotJoinsTheService() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let harness = try CommandHarness()
        let (sam, kim) = try makePilot(harness)
        let todmorden = try ServiceProgressStore.open(database, branch: "Todmorden", now: harness.clock.closure)
        _ = try todmorden.startSession(named: "Todmorden club")
        let alex = try todmorden.newLearner(nickname: "Alex")
        try todmorden.updateLiveStatus(code: alex.code, step: nil, sessionPin: nil)
        try todmorden.recordStep(code: alex.code, lessonID: "online-forms", record: StepRecord(stepIndex: 0, completed: true), resumeAt: 1)
        let otherBefore = try todmorden.copyContents(learners: nil)

        let run = copy(harness, harness.dataLocation.folder.path, database.description)
        #expect(run.status == 0, "\(run.errors)\n\(run.output)")
        #expect(run.output.contains("The counts match"), "\(run.output)")
        #expect(figures(run.output, "Learners") == ["2", "2"], "\(run.output)")
        #expect(figures(run.output, "Lessons started") == ["2", "2"], "\(run.output)")
        #expect(figures(run.output, "Steps recorded") == ["5", "5"], "\(run.output)")
        #expect(figures(run.output, "Lesson events") == ["5", "5"], "the forgotten learner's event too: \(run.output)")
        #expect(figures(run.output, "Sessions") == ["1", "1"], "\(run.output)")
        #expect(figures(run.output, "Confidence answers") == ["3", "3"], "\(run.output)")
        #expect(run.output.contains("The volunteer passphrase was copied to"), "\(run.output)")

        let halifax = try ServiceProgressStore.open(database, branch: Self.branch, now: harness.clock.closure)
        let pilot = try harness.store()
        for code in [sam, kim] {
            #expect(try halifax.progress(code: code).lessons.map(\.resumeStepIndex) == pilot.progress(code: code).lessons.map(\.resumeStepIndex))
            #expect(try halifax.learner(code: code) == pilot.learner(code: code))
        }
        #expect(try halifax.progress(code: sam).lessons.first?.resumeStepIndex == 2)
        #expect(try halifax.preferredLanguage(code: sam) == "cy")
        #expect(try halifax.progress(code: kim).lessons.first?.isCompleted == true)
        let list = try halifax.sessionList(limit: nil)
        #expect(list.entries.map(\.session.name) == ["Tuesday taster"] && list.entries.first?.learnerCount == 2, "\(list)")
        #expect(try halifax.copyContents(learners: nil) == pilot.copyContents(learners: nil), "everything arrived as it was")
        #expect(try todmorden.copyContents(learners: nil) == otherBefore, "the other branch is untouched")
        let record = try ServiceCredentials(address: database, branch: Self.branch).readPassphraseRecord()
        let pilotRecord = try PassphraseRecordFile(folder: harness.dataLocation.folder).readPassphraseRecord()
        #expect(record != nil && record == pilotRecord)
        #expect(try ServiceCredentials(address: database, branch: "Todmorden").readPassphraseRecord() == nil)
    }

    @Test("copying twice changes nothing the second time, and the counts still match")
    func copyingTwiceChangesNothing() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let harness = try CommandHarness()
        try makePilot(harness)
        let first = copy(harness, harness.dataLocation.folder.path, database.description)
        #expect(first.status == 0, "\(first.errors)")
        let after = try rowCounts(database)
        #expect(after["step_event"]?.hasPrefix("5/") == true, "\(after)")
        let second = copy(harness, harness.dataLocation.folder.path, database.description)
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.output.contains("The counts match") && second.output.contains("was already the same"), "\(second.output)")
        #expect(try rowCounts(database) == after, "no row added or changed")
    }

    @Test("a learner on both sides is merged: one learner, newer progress kept on each side, never put back by older")
    func learnerOnBothSidesIsMerged() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let harness = try CommandHarness()
        let service = try ServiceProgressStore.open(database, branch: "Todmorden", now: harness.clock.closure)
        let learner = try service.newLearner(nickname: "Jo")
        // Todmorden's volunteer passphrase, which taking its learners out needs.
        let cheapest = PassphraseHash.Argon2idCost(passes: 1, memoryKiB: 8 * 1024)
        try VolunteerPassphraseFile(credentials: ServiceCredentials(address: database, branch: "Todmorden"))
            .write(try PassphraseHash.make(passphrase: CommandHarness.passphrase, cost: cheapest))
        harness.variables[PassphraseGate.environmentVariable] = CommandHarness.passphrase
        try service.startLesson(code: learner.code, lessonID: "online-forms", contentVersion: "v1")
        try service.recordStep(code: learner.code, lessonID: "online-forms", record: StepRecord(stepIndex: 0, completed: true), resumeAt: 1)
        // Jo's record taken to a pilot, where they carry on and start another lesson.
        let out = copy(harness, database.description, harness.dataLocation.folder.path, branch: "Todmorden")
        #expect(out.status == 0, "\(out.errors)\n\(out.output)")
        let pilot = try harness.store()
        harness.clock.advance(seconds: 300)
        try pilot.recordStep(code: learner.code, lessonID: "online-forms", record: StepRecord(stepIndex: 1, completed: true), resumeAt: 2)
        try pilot.startLesson(code: learner.code, lessonID: "banking-safely", contentVersion: "v2")
        // Meanwhile, at Todmorden, a third lesson.
        harness.clock.advance(seconds: 60)
        try service.startLesson(code: learner.code, lessonID: "unit-prices", contentVersion: "v1")

        let back = copy(harness, harness.dataLocation.folder.path, database.description)
        #expect(back.status == 0, "\(back.errors)\n\(back.output)")
        let connection = try PostgresConnection(address: database)
        #expect(try connection.execute("SELECT count(*) FROM learner WHERE code = $1", [learner.code.rawValue]).single == "1")
        var lessons = Dictionary(uniqueKeysWithValues: try service.progress(code: learner.code).lessons.map { ($0.lessonID, $0) })
        #expect(Set(lessons.keys) == ["online-forms", "banking-safely", "unit-prices"])
        #expect(lessons["online-forms"]?.resumeStepIndex == 2, "the pilot's newer resume point")
        #expect(try service.learner(code: learner.code)?.createdAt == learner.createdAt, "the earlier creation kept")
        #expect(try service.learner(code: learner.code)?.nickname == "Jo")

        // Further on at the service; the pilot's older record copied again puts nothing back.
        harness.clock.advance(seconds: 60)
        try service.setResumePoint(code: learner.code, lessonID: "online-forms", stepIndex: 4)
        let again = copy(harness, harness.dataLocation.folder.path, database.description)
        #expect(again.status == 0, "\(again.errors)")
        lessons = Dictionary(uniqueKeysWithValues: try service.progress(code: learner.code).lessons.map { ($0.lessonID, $0) })
        #expect(lessons["online-forms"]?.resumeStepIndex == 4, "newer progress never overwritten with older")
    }

    @Test("a branch taken back out into a file holds what the service holds for it, and copies back without change")
    func roundTrip() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let harness = try CommandHarness()
        try makePilot(harness)
        #expect(copy(harness, harness.dataLocation.folder.path, database.description).status == 0)
        let folder = harness.folder.child("taken-out")
        let out = copy(harness, database.description, folder.path)
        #expect(out.status == 0, "\(out.errors)\n\(out.output)")
        #expect(out.output.contains("The counts match"), "\(out.output)")
        let copied = try ProgressDatabase.open(DataLocation(folder: folder))
        #expect(try copied.copyContents(learners: nil) == harness.store().copyContents(learners: nil))
        #expect(try PassphraseRecordFile(folder: folder).readPassphraseRecord() != nil)
        let before = try rowCounts(database)
        #expect(copy(harness, folder.path, database.description).status == 0)
        #expect(try rowCounts(database) == before)
    }

    @Test("only a volunteer copies: without the source's passphrase, or where none is set, nothing is copied")
    func needsTheSourcePassphrase() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let harness = try CommandHarness()
        try makePilot(harness)
        _ = try ServiceProgressStore.open(database, branch: Self.branch)
        harness.variables[PassphraseGate.environmentVariable] = "not the passphrase"
        let before = try rowCounts(database)
        let wrong = copy(harness, harness.dataLocation.folder.path, database.description)
        #expect(wrong.status == 1)
        #expect(wrong.output.isEmpty, "\(wrong.output)")
        #expect(try rowCounts(database) == before, "nothing reached the server")

        let unset = try CommandHarness()
        try FileManager.default.createDirectory(at: unset.dataLocation.folder, withIntermediateDirectories: true)
        _ = try unset.store().startSession(named: "Pilot")
        let refused = copy(unset, unset.dataLocation.folder.path, database.description)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("none has been set on this computer yet"), "\(refused.errors)")
        #expect(refused.errors.contains("--data-dir \"\(unset.dataLocation.folder.path)\""), "\(refused.errors)")
        #expect(try rowCounts(database) == before)
    }

    @Test("refusals are sentences that say what and where, and leave both sides as they were", arguments: [
        "password", "same", "missing", "older", "unreachable", "no-branch", "newer", "empty-server", "older-server",
    ])
    func refusals(kind: String) throws {
        let harness = try CommandHarness()
        try makePilot(harness)
        let pilotFile = harness.dataLocation.databaseFile
        let pilotBytes = try Data(contentsOf: pilotFile)
        let pilot = harness.dataLocation.folder.path
        let run: CommandHarness.Run
        let expected: String
        switch kind {
        case "password":
            run = copy(harness, pilot, "postgresql://admin:hunter2secret@db.example.org/taster")
            expected = "does not take a password on the command line"
            #expect(!run.errors.contains("hunter2secret") && !run.output.contains("hunter2secret"))
        case "same":
            run = copy(harness, pilot, pilot + "/")
            expected = "is both where to copy from and where to copy to"
        case "missing":
            run = copy(harness, harness.folder.child("no-such-folder").path, harness.folder.child("elsewhere").path)
            expected = "There is no progress file in \(harness.folder.child("no-such-folder").path)"
            #expect(!FileManager.default.fileExists(atPath: harness.folder.child("elsewhere").path), "nothing made")
        case "older":
            let old = harness.folder.child("old-pilot")
            try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
            let oldFile = old.appendingPathComponent("progress.sqlite")
            try FileManager.default.copyItem(at: RepositoryFiles.fixture("progress-v1/progress-v1.sqlite"), to: oldFile)
            let oldBytes = try Data(contentsOf: oldFile)
            run = copy(harness, old.path, harness.folder.child("elsewhere").path)
            expected = "was made by an older taster"
            #expect(try Data(contentsOf: oldFile) == oldBytes, "the older file is not brought up to date by a copy")
        case "unreachable":
            run = copy(harness, pilot, "host=127.0.0.1 port=1 dbname=taster connect_timeout=2")
            expected = "host=127.0.0.1 port=1"
        case "no-branch":
            run = copy(harness, pilot, "service=taster", branch: nil)
            expected = "needs a branch"
        case "empty-server", "older-server":
            guard TestServer.isAvailable else { return }
            let database = try TestServer.makeDatabase()
            if kind == "older-server" {
                _ = try ServiceProgressStore.open(database, branch: Self.branch)
                try PostgresConnection(address: database).execute("DELETE FROM taster_migration WHERE name = $1", [ServiceSchema.learnerLanguage])
            }
            let before = try PostgresConnection(address: database).execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").single
            run = copy(harness, database.description, harness.folder.child("elsewhere").path)
            expected = kind == "older-server" ? "was set up by an older taster" : "holds no taster store to copy from"
            #expect(try PostgresConnection(address: database).execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").single == before)
            #expect(!FileManager.default.fileExists(atPath: harness.folder.child("elsewhere").path), "nothing made")
        default:
            guard TestServer.isAvailable else { return }
            let database = try TestServer.makeDatabase()
            _ = try ServiceProgressStore.open(database, branch: Self.branch)
            try PostgresConnection(address: database).execute("INSERT INTO taster_migration (name) VALUES ('service-99-from-the-future')")
            run = copy(harness, pilot, database.description)
            expected = "newer"
            #expect(try PostgresConnection(address: database).execute("SELECT count(*) FROM learner").single == "0")
        }
        #expect(run.status == 1, "\(run.output)")
        #expect(run.errors.contains(expected), "\(run.errors)")
        #expect(!run.errors.contains("Fatal") && !run.errors.contains("SQLSTATE"), "\(run.errors)")
        #expect(try Data(contentsOf: pilotFile) == pilotBytes, "the source is never modified")
    }

    @Test("an error half way leaves the destination as it was: two open sessions are refused and no learner is left behind")
    func errorHalfWayLeavesDestinationAsItWas() throws {
        guard TestServer.isAvailable else { return }
        let database = try TestServer.makeDatabase()
        let harness = try CommandHarness()
        try harness.unlockForScripts()
        let store = try harness.store()
        _ = try store.startSession(named: "Still going")
        let learner = try store.newLearner(nickname: nil)
        try store.updateLiveStatus(code: learner.code, step: nil, sessionPin: nil)
        try store.recordStep(code: learner.code, lessonID: "online-forms", record: StepRecord(stepIndex: 0), resumeAt: 1)
        let service = try ServiceProgressStore.open(database, branch: Self.branch, now: harness.clock.closure)
        harness.clock.advance(seconds: 5)
        _ = try service.startSession(named: "Open at the library")
        let before = try rowCounts(database)
        let run = copy(harness, harness.dataLocation.folder.path, database.description)
        #expect(run.status == 1)
        #expect(run.errors.contains("\"Still going\"") && run.errors.contains("\"Open at the library\"") && run.errors.contains("Nothing was copied"), "\(run.errors)")
        #expect(try rowCounts(database) == before, "the learner inserted before the clash was rolled back")
    }
}
