import Foundation
import GRDB
import Testing
@testable import TasterStore
import TasterTestSupport

@Suite("The progress file on disk", .ownThread)
struct ProgressDatabaseFileTests {
    private func open(_ folder: URL, clock: ManualClock = ManualClock(), keepAnswers: Bool = false) throws(StoreError) -> ProgressDatabase {
        try ProgressDatabase.open(DataLocation(folder: folder), recordTypedAnswers: keepAnswers, now: clock.closure)
    }

    @Test("a new folder is 0700 and the database, its WAL and shared memory, and the lock are 0600")
    func permissions() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let folder = temporary.child("data/taster")
        let store = try open(folder)
        let learner = try store.newLearner(nickname: nil)
        try store.recordStep(code: learner.code, lessonID: "a", record: StepRecord(stepIndex: 0))

        #expect(FilePermissions.mode(folder) == 0o700)
        #expect(FilePermissions.mode(temporary.child("data")) == 0o700, "missing parents are private too")
        for name in ["progress.sqlite", "progress.sqlite-wal", "progress.sqlite-shm", "progress.lock"] {
            let mode = FilePermissions.mode(folder.appendingPathComponent(name))
            #expect(mode == 0o600, "\(name) has mode \(mode.map { String($0, radix: 8) } ?? "missing")")
        }
        try store.close()
    }

    @Test("the file uses WAL, NORMAL sync, secure delete and the named first migration")
    func settings() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let store = try open(temporary.url)
        let (journal, secureDelete, readerSync, migrations) = try store.writer.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try Int.fetchOne(db, sql: "PRAGMA secure_delete"),
                try Int.fetchOne(db, sql: "PRAGMA synchronous"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            )
        }
        let writerSync = try store.writer.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        #expect(journal == "wal")
        #expect(secureDelete == 1)
        #expect(readerSync == 1, "1 is NORMAL")
        #expect(writerSync == 1, "the writer connection too")
        #expect(migrations == ["v1-learners-and-progress", "v2-sessions", "v3-store-chores", "v4-confidence-counts", "v5-anonymous-lesson-counts", "v6-confidence-asked", "v7-activity-time-indexes", "v8-live-help-seen", "v9-confidence-pairs", "v10-learner-language"])
        #expect(try store.integrityCheck() == ["ok"])
        try store.close()
    }

    @Test("the first migration creates the three tables with their columns, and reopening adds nothing")
    func schema() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        try open(temporary.url).close()
        let store = try open(temporary.url)
        let (tables, migrations) = try store.writer.read { db in
            (
                try ["learner", "lessonProgress", "stepEvent"].map { table in
                    (table, try db.columns(in: table).map(\.name))
                },
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            )
        }
        try store.close()
        let columns = Dictionary(uniqueKeysWithValues: tables)
        #expect(columns["learner"] == ["id", "code", "nickname", "createdAt", "lastActiveAt", "preferredLanguage"])
        #expect(columns["lessonProgress"] == [
            "learnerId", "lessonID", "contentVersion", "startedAt", "completedAt", "completedContentVersion",
            "resumeStepIndex", "lastActiveAt",
        ])
        #expect(columns["stepEvent"] == [
            "id", "learnerId", "lessonID", "stepIndex", "stepID", "attempts", "hintsUsed", "skipped",
            "secondsSpent", "completed", "typedAnswers", "recordedAt",
        ])
        #expect(migrations == [ProgressSchema.version1, ProgressSchema.version2, ProgressSchema.storeChores, ProgressSchema.confidenceCounts, ProgressSchema.anonymousLessonCounts, ProgressSchema.confidenceAsked, ProgressSchema.activityTimeIndexes, ProgressSchema.liveHelpSeen, ProgressSchema.confidencePairs, ProgressSchema.learnerLanguage])
        #expect(ProgressSchema.version1 == "v1-learners-and-progress", "a shipped migration name never changes")
        let personal = columns.values.joined().filter { ["name", "email", "birth", "dob"].contains(where: $0.lowercased().contains) }
        #expect(personal.filter { $0 != "nickname" }.isEmpty, "no personal-data columns: \(personal)")
    }

    @Test("progress survives closing and opening again")
    func reopen() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let clock = ManualClock()
        let first = try open(temporary.url, clock: clock)
        let learner = try first.newLearner(nickname: "Sam")
        try first.startLesson(code: learner.code, lessonID: "a", contentVersion: "v1")
        try first.setResumePoint(code: learner.code, lessonID: "a", stepIndex: 3)
        try first.close()

        let second = try open(temporary.url, clock: clock)
        let progress = try second.progress(code: learner.code)
        #expect(progress.learner == learner)
        #expect(progress.lesson("a")?.resumeStepIndex == 3)
        #expect(second.isPersistent)
        #expect(second.location?.databaseFile.path == temporary.child("progress.sqlite").path)
        try second.close()
    }

    @Test("the migration works on an empty file that a site created in advance")
    func emptyExistingFile() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        _ = FileManager.default.createFile(atPath: temporary.child("progress.sqlite").path, contents: Data())
        let store = try open(temporary.url)
        #expect(try store.learnerCount() == 0)
        try store.close()
    }

    @Test("a file made by a newer taster is refused and left byte-for-byte unchanged")
    func newerVersionRefused() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let store = try open(temporary.url)
        let learner = try store.newLearner(nickname: "Sam")
        try store.close()
        let file = temporary.child("progress.sqlite")
        let queue = try DatabaseQueue(path: file.path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
        }
        try queue.close()
        let before = try Data(contentsOf: file)

        #expect(throws: StoreError.newerVersion(file: file.path)) { try open(temporary.url) }
        do {
            _ = try open(temporary.url)
        } catch {
            #expect(error.message.hasPrefix(StoreError.newerVersionSentence))
            #expect(error.allowsUnsavedFallback)
        }
        #expect(try Data(contentsOf: file) == before, "the file is byte-identical")
        let check = try DatabaseQueue(path: file.path)
        let storedCode = try check.read { db in try String.fetchOne(db, sql: "SELECT code FROM learner") }
        try check.close()
        #expect(storedCode == learner.code.rawValue)
    }

    @Test("a file that is not a database is reported as damaged and left alone", arguments: [
        Data("These are my notes, not a database at all.\n".utf8),
        Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }),
    ])
    func corruptFile(garbage: Data) throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let file = temporary.child("progress.sqlite")
        try garbage.write(to: file)
        #expect(throws: StoreError.corruptFile(file: file.path)) { try open(temporary.url) }
        do {
            _ = try open(temporary.url)
        } catch {
            #expect(error.message.contains("damaged"))
            #expect(error.message.contains(file.path))
        }
        #expect(try Data(contentsOf: file) == garbage)
    }

    @Test("a folder that cannot be written is reported kindly")
    func readOnlyFolder() throws {
        let temporary = try TemporaryFolder()
        let folder = temporary.child("locked")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        defer {
            FilePermissions.makeWritable(folder)
            temporary.remove()
        }
        if let problem = FilePermissions.makeUnwritable(folder) {
            Issue.record("cannot set up a read-only folder: \(problem)")
            return
        }
        #expect(throws: StoreError.folderNotWritable(folder: folder.path)) { try open(folder) }
        do {
            _ = try open(folder)
        } catch {
            #expect(error.message.contains("not allowed to save"))
            #expect(error.message.contains("--data-dir"))
            #expect(error.allowsUnsavedFallback)
        }
    }

    @Test("a folder that cannot be created is reported with the reason")
    func folderCannotBeCreated() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let blocker = temporary.child("a-file")
        _ = FileManager.default.createFile(atPath: blocker.path, contents: Data("x".utf8))
        let folder = blocker.appendingPathComponent("taster")
        do {
            _ = try open(folder)
            Issue.record("opening under a file should fail")
        } catch {
            guard case .folderCannotBeCreated(let path, let reason) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path == folder.path)
            #expect(reason.contains("is a file"))
            #expect(error.message.contains(folder.path))
        }
        #expect(throws: StoreError.folderCannotBeCreated(folder: blocker.path, reason: "a file with that name is already there")) {
            try open(blocker)
        }
    }

    @Test("a read-only progress file is reported kindly and left unchanged")
    func readOnlyFile() throws {
        let temporary = try TemporaryFolder()
        let file = temporary.child("progress.sqlite")
        let store = try open(temporary.url)
        _ = try store.newLearner(nickname: nil)
        try store.close()
        let before = try Data(contentsOf: file)
        defer {
            FilePermissions.makeWritable(file)
            temporary.remove()
        }
        if let problem = FilePermissions.makeUnwritable(file) {
            Issue.record("cannot set up a read-only file: \(problem)")
            return
        }
        #expect(throws: StoreError.readOnlyFile(file: file.path)) { try open(temporary.url) }
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("forgetting while another connection reads says the traces linger, and they go once it stops")
    func forgetWhileAnotherConnectionReads() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let store = try open(temporary.url, keepAnswers: true)
        defer { try? store.close() }
        let leaving = try store.newLearner(nickname: "Nickname-Leaving")
        _ = try store.newLearner(nickname: "Nickname-Staying")
        try store.startLesson(code: leaving.code, lessonID: "lesson-a", contentVersion: "1")
        for index in 0..<20 {
            try store.recordStep(code: leaving.code, lessonID: "lesson-a", record: StepRecord(stepIndex: index, typedAnswers: ["typed-by-leaving-\(index)"]))
        }
        let file = temporary.child("progress.sqlite")
        func bytesOfEveryFile() -> Data {
            var bytes = (try? Data(contentsOf: file)) ?? Data()
            if let wal = try? Data(contentsOf: temporary.child("progress.sqlite-wal")) { bytes.append(wal) }
            return bytes
        }
        #expect(bytesOfEveryFile().range(of: Data(leaving.code.rawValue.utf8)) != nil, "the check can find the code before it is erased")

        // Another terminal holds a read open for the whole forget.
        let reader = try DatabaseQueue(path: file.path)
        let reading = DispatchSemaphore(value: 0)
        let stopReading = DispatchSemaphore(value: 0)
        let readerDone = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            _ = try? reader.read { db in
                _ = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM learner")
                reading.signal()
                stopReading.wait()
            }
            readerDone.signal()
        }
        reading.wait()
        #expect(try store.forget(code: leaving.code))
        #expect(store.erasedDataLingers(), "with a reader pinning the WAL, the erase must not claim to be complete")

        stopReading.signal()
        readerDone.wait()
        #expect(!store.erasedDataLingers(), "once the reader stops, the WAL is emptied")
        let bytes = bytesOfEveryFile()
        for secret in [leaving.code.rawValue, "Nickname-Leaving", "typed-by-leaving"] {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) is still in the file or its WAL while taster is open")
        }
        try reader.close()
    }

    @Test("forgetting leaves no row anywhere that mentions the learner, nor their text in the file")
    func forgetLeavesNoTrace() throws {
        let temporary = try TemporaryFolder()
        defer { temporary.remove() }
        let store = try open(temporary.url, keepAnswers: true)
        let leaving = try store.newLearner(nickname: "Nickname-Leaving")
        let staying = try store.newLearner(nickname: "Nickname-Staying")
        _ = try store.startSession(named: "Tuesday taster")
        _ = try store.recordConfidence(3, moment: .before, sessionPin: nil)
        for learner in [leaving, staying] {
            try store.updateLiveStatus(code: learner.code, step: nil, sessionPin: nil)
            try store.raiseHand(code: learner.code)
            try store.recordLessonEvent(code: learner.code, lessonID: "lesson-a", kind: .started, sessionPin: nil)
            try store.recordLessonEvent(code: learner.code, lessonID: "lesson-a", kind: .hint, sessionPin: nil)
            try store.startLesson(code: learner.code, lessonID: "lesson-a", contentVersion: "1")
            try store.startLesson(code: learner.code, lessonID: "lesson-b", contentVersion: "1")
            for index in 0..<40 {
                let answer = "typed-by-\(learner.nickname!)-\(index)"
                try store.recordStep(code: learner.code, lessonID: "lesson-a", record: StepRecord(stepIndex: index, typedAnswers: [answer]))
            }
        }
        let leavingID = try store.writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM learner WHERE code = ?", arguments: [leaving.code.rawValue])
        }
        #expect(leavingID != nil)
        #expect(try store.forget(code: leaving.code))

        let tables = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        }
        #expect(Set(tables).isSuperset(of: [
            "learner", "lessonProgress", "stepEvent", "tasterSession", "sessionLearner", "lessonEvent", "liveStatus", "confidenceCount",
        ]))
        var remainingStayingRows = 0
        for table in tables {
            let (columns, rows) = try store.writer.read { db in
                (
                    try db.columns(in: table).map(\.name),
                    try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)")
                )
            }
            for row in rows {
                let text = columns.map { "\(row[$0] as DatabaseValue)" }.joined(separator: "|")
                #expect(!text.contains(leaving.code.rawValue), "\(table): \(text)")
                #expect(!text.contains("Leaving"), "\(table): \(text)")
                if columns.contains("learnerId"), (row["learnerId"] as Int64?) != nil || table != "lessonEvent" {
                    #expect(row["learnerId"] as Int64? != leavingID, "\(table) still has a row for the learner")
                    remainingStayingRows += 1
                }
            }
        }
        #expect(remainingStayingRows == 46, "the other learner's 2 lessons, 40 steps, 2 lesson events, session place and live status are untouched")
        let anonymous = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT SUM(count) FROM confidenceCount") }
        #expect(anonymous == 1, "confidence answers name nobody, so forgetting leaves them")
        try store.close()

        var bytes = try Data(contentsOf: temporary.child("progress.sqlite"))
        if let wal = try? Data(contentsOf: temporary.child("progress.sqlite-wal")) { bytes.append(wal) }
        for secret in [leaving.code.rawValue, "Nickname-Leaving", "typed-by-Nickname-Leaving"] {
            #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) is still in the file's bytes")
        }
        #expect(bytes.range(of: Data("typed-by-Nickname-Staying".utf8)) != nil, "the check can find text that is there")
    }

    @Test("SQLite errors become the right kind messages", arguments: [
        (ResultCode.SQLITE_FULL, StoreError.diskFull(file: "/d/progress.sqlite")),
        (.SQLITE_IOERR_WRITE, .diskFull(file: "/d/progress.sqlite")),
        (.SQLITE_IOERR_SHMSIZE, .diskFull(file: "/d/progress.sqlite")),
        (.SQLITE_CORRUPT, .corruptFile(file: "/d/progress.sqlite")),
        (.SQLITE_NOTADB, .corruptFile(file: "/d/progress.sqlite")),
        (.SQLITE_READONLY, .readOnlyFile(file: "/d/progress.sqlite")),
        (.SQLITE_BUSY, .busy(file: "/d/progress.sqlite")),
        (.SQLITE_CANTOPEN, .folderNotWritable(folder: "/d")),
    ])
    func errorMapping(code: ResultCode, expected: StoreError) {
        let mapped = StoreError.from(DatabaseError(resultCode: code), file: "/d/progress.sqlite")
        #expect(mapped == expected)
        #expect(mapped.message.contains("/d"))
        #expect(mapped.allowsUnsavedFallback)
    }

    /// Every file and folder problem, each naming the folder `/f`.
    static let fileProblems: [StoreError] = [
        StoreError.folderCannotBeCreated(folder: "/f", reason: "permission denied in /"),
        .folderNotWritable(folder: "/f"),
        .readOnlyFile(file: "/f/progress.sqlite"),
        .diskFull(file: "/f/progress.sqlite"),
        .corruptFile(file: "/f/progress.sqlite"),
        .newerVersion(file: "/f/progress.sqlite"),
        .busy(file: "/f/progress.sqlite"),
        .unexpected(file: "/f/progress.sqlite", detail: "disk I/O error"),
        .untrusted(path: "/f", reason: "any account on this computer can change what is in it"),
    ]

    @Test("every message says what happened and what a volunteer can do", arguments: fileProblems)
    func messages(error: StoreError) {
        #expect(error.message.contains("/f"), "quotes the place")
        let advice = ["volunteer", "Please"]
        #expect(advice.contains { error.message.contains($0) }, "says what to do: \(error.message)")
    }

    @Test("a volunteer's command is told what to do, never that the lesson carries on",
          arguments: fileProblems + [.unknownLearner(code: "maple-river-otter-42")])
    func volunteerMessages(error: StoreError) {
        let words = error.volunteerMessage
        #expect(words.contains("/f") || words.contains("maple-river-otter-42"), "quotes the place or the code: \(words)")
        for learnerWords in ["lesson", "carry on", "you can still", "A volunteer can"] {
            #expect(!words.localizedCaseInsensitiveContains(learnerWords), "\"\(learnerWords)\" is for learners: \(words)")
        }
        let advice = ["Check", "Choose", "Give", "Free", "Move", "try again", "update", "report"]
        #expect(advice.contains { words.contains($0) }, "says what to do: \(words)")
    }
}
