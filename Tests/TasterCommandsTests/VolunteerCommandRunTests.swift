import Foundation
import TasterTestSupport
import Testing
import TasterStore
@testable import TasterCommands

/// The volunteer's commands run in-process against a real progress file in a fresh folder.
@Suite("Volunteer commands, run in-process", .ownThread)
struct VolunteerCommandRunTests {
    @Test("guide shows a lesson's answers; an unknown lesson lists the lessons there are")
    func guide() throws {
        let harness = try CommandHarness()
        let shown = harness.run(["guide", "online-forms"])
        #expect(shown.status == 0)
        #expect(shown.output.contains("Filling in online forms"))
        let unknown = harness.run(["guide", "no-such-lesson"])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("There is no lesson with the id \"no-such-lesson\""))
        #expect(unknown.errors.contains("online-forms"))
    }

    @Test("report counts a session's learners and lessons, in text and JSON")
    func report() throws {
        let harness = try CommandHarness()
        #expect(harness.run(["session", "start", "Tuesday", "taster"]).status == 0)
        let store = try harness.store()
        let learner = try store.newLearner(nickname: nil)
        try store.recordLessonEvent(code: learner.code, lessonID: "online-forms", kind: .started, sessionPin: nil)
        try store.recordLessonEvent(code: learner.code, lessonID: "online-forms", kind: .completed, sessionPin: nil)
        // A short period lists each session by name; an all-time report sums them by month.
        let text = harness.run(["report", "--since", "2025-06-01", "--until", "2025-06-30"])
        #expect(text.status == 0)
        #expect(text.output.contains("Tuesday taster"))
        let allTime = harness.run(["report"])
        #expect(allTime.status == 0)
        #expect(allTime.output.contains("June 2025: 1 session (1 still open), 1 learner"))
        #expect(!allTime.output.contains("Tuesday taster"))
        let json = harness.run(["report", "--format", "json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8))
        #expect(object is [String: Any])
        #expect(!json.output.contains(learner.code.rawValue), "reports hold counts, never codes")
    }

    @Test("report refuses a date it cannot read, saying which")
    func reportBadDate() throws {
        let harness = try CommandHarness()
        let run = harness.run(["report", "--since", "31/12/2026"])
        #expect(run.status == 64)
        #expect(run.errors.contains("31/12/2026"))
    }

    @Test("certificate needs the passphrase, then lists the finished lesson; none finished is said kindly")
    func certificate() throws {
        let harness = try CommandHarness()
        let learner = try harness.learnerWhoFinished("online-forms")
        let locked = harness.run(["certificate", learner.code.rawValue])
        #expect(locked.status == 1)
        #expect(locked.errors.contains("none has been set on this computer yet"))
        #expect(locked.output.isEmpty)

        try harness.unlockForScripts()
        let page = harness.run(["certificate", learner.code.rawValue])
        #expect(page.status == 0)
        #expect(page.output.contains("<html"))
        #expect(page.output.contains("Filling in online forms"))

        let beginner = try harness.store().newLearner(nickname: nil)
        let nothing = harness.run(["certificate", beginner.code.rawValue])
        #expect(nothing.status == 1)
        #expect(nothing.errors.contains("has not completed a lesson yet"))
    }

    @Test("a wrong passphrase is refused after a pause that is asked for, not waited in the test")
    func wrongPassphrase() throws {
        let harness = try CommandHarness()
        try harness.setPassphrase()
        harness.variables["TASTER_VOLUNTEER_PASSPHRASE"] = "not it at all, sorry"
        let learner = try harness.learnerWhoFinished("online-forms")
        let run = harness.run(["learner", "show", learner.code.rawValue])
        #expect(run.status == 1)
        #expect(run.pauses == [VolunteerGate.wrongPassphrasePause])
        #expect(run.errors.contains("That is not the volunteer passphrase"))
        #expect(!run.output.contains(learner.code.rawValue))
    }

    @Test("learner show, export and forget: what is held, as JSON, then erased after yes")
    func learnerShowExportForget() throws {
        let harness = try CommandHarness()
        try harness.unlockForScripts()
        let learner = try harness.learnerWhoFinished("online-forms")
        let code = learner.code.rawValue

        let shown = harness.run(["learner", "show", code])
        #expect(shown.status == 0)
        #expect(shown.output.contains("Learner \(code)"))
        #expect(shown.output.contains("lessons completed: 1"))

        let exported = harness.run(["learner", "export", code])
        #expect(exported.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(exported.output.utf8)) as? [String: Any])
        #expect(exported.output.contains(code))
        #expect(!json.isEmpty)

        let declined = harness.run(["learner", "forget", code], answers: ["no"])
        #expect(declined.status == 1)
        #expect(declined.output.contains("Are you sure? Type yes to erase it all: "))
        #expect(declined.output.contains("Nothing was erased."))
        #expect(try harness.store().learner(code: learner.code) != nil)

        let forgotten = harness.run(["learner", "forget", code], answers: ["yes"])
        #expect(forgotten.status == 0)
        #expect(forgotten.output.contains("has been erased"))
        #expect(try harness.store().learner(code: learner.code) == nil)

        let gone = harness.run(["learner", "show", code])
        #expect(gone.status == 1)
        #expect(gone.errors.contains("No learner has the code \(code)"))
    }

    @Test("a code that cannot be a code is refused before the passphrase is asked")
    func malformedCode() throws {
        let harness = try CommandHarness()
        let run = harness.run(["learner", "show", "x"])
        #expect(run.status == 1)
        #expect(!run.errors.isEmpty)
        #expect(!run.errors.contains("passphrase"))
    }

    @Test("purge: a dry run lists the long-inactive learner, the real one erases them")
    func purge() throws {
        let harness = try CommandHarness()
        try harness.unlockForScripts()
        let learner = try harness.learnerWhoFinished("online-forms")
        harness.clock.advance(days: 200)
        let dry = harness.run(["purge", "--dry-run"])
        #expect(dry.status == 0)
        #expect(dry.output.contains("1 learner inactive for more than 180 days would be erased:"))
        #expect(dry.output.contains(learner.code.rawValue))
        #expect(try harness.store().learner(code: learner.code) != nil)
        let real = harness.run(["purge"])
        #expect(real.status == 0)
        #expect(real.output.contains("1 learner inactive for more than 180 days erased:"))
        #expect(try harness.store().learner(code: learner.code) == nil)
    }

    @Test("session start, list, clear, watch --once and end, as a volunteer runs an hour")
    func sessionLifecycle() throws {
        let harness = try CommandHarness()
        try harness.unlockForScripts()
        let started = harness.run(["session", "start", "Tuesday", "taster"])
        #expect(started.status == 0)
        #expect(started.output.contains("Session \"Tuesday taster\" is open."))

        let again = harness.run(["session", "start", "Another"])
        #expect(again.status == 1)
        #expect(again.errors.contains("Tuesday taster"))

        let store = try harness.store()
        let learner = try store.newLearner(nickname: nil)
        try store.updateLiveStatus(code: learner.code, step: LiveStep(lessonID: "online-forms", lessonTitle: "Filling in online forms", stepNumber: 1, stepCount: 8, stepStartedAt: harness.clock.now), sessionPin: nil)
        try store.raiseHand(code: learner.code)

        let listed = harness.run(["session", "list"])
        #expect(listed.status == 0)
        #expect(listed.output.contains("Tuesday taster"))
        #expect(listed.output.contains("(still open)"))

        // The board shows a short handle, never the whole code, which others in the room could read.
        let handle = "\(learner.code.words[0])-" + String(format: "%02d", learner.code.number)
        let watched = harness.run(["session", "watch", "--once"])
        #expect(watched.status == 0)
        #expect(watched.output.contains(handle) && !watched.output.contains(learner.code.rawValue))
        #expect(watched.pauses.isEmpty, "--once does not wait for a refresh")

        let snapshot = harness.run(["session", "watch", "--json"])
        #expect(snapshot.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(snapshot.output.utf8)) is [String: Any])

        let unknown = harness.run(["session", "clear", "zebra-99"])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("Nobody on the live view has the handle zebra-99"))
        let cleared = harness.run(["session", "clear", handle.uppercased()])
        #expect(cleared.status == 0)
        #expect(cleared.output.contains("\(handle) no longer shows as asking for help"))
        let clearedAgain = harness.run(["session", "clear", learner.code.rawValue])
        #expect(clearedAgain.output.contains("has no raised hand to clear"), "the whole code is still accepted")

        let ended = harness.run(["session", "end"])
        #expect(ended.status == 0)
        #expect(ended.output.contains("Session \"Tuesday taster\" has ended."))
        #expect(ended.output.contains("learners:          1"))

        let none = harness.run(["session", "end"])
        #expect(none.status == 1)
        #expect(!none.errors.isEmpty)
    }

    @Test("session clear on a learner stuck on wrong answers marks them seen, and the board stops calling for them")
    func clearingAStuckLearner() throws {
        let harness = try CommandHarness()
        try harness.unlockForScripts()
        #expect(harness.run(["session", "start", "Tuesday"]).status == 0)
        let store = try harness.store()
        let learner = try store.newLearner(nickname: "Sam")
        try store.updateLiveStatus(code: learner.code, step: LiveStep(
            lessonID: "online-forms", lessonTitle: "Filling in online forms", stepNumber: 2, stepCount: 8,
            stepStartedAt: harness.clock.now, wrongAttempts: 3), sessionPin: nil)
        #expect(harness.run(["session", "watch", "--once"]).output.contains("1 learner, 1 needing help"))
        let handle = "\(learner.code.words[0])-" + String(format: "%02d", learner.code.number)
        let cleared = harness.run(["session", "clear", handle])
        #expect(cleared.status == 0)
        #expect(cleared.output.contains("Done: \(handle) is marked as seen."))
        #expect(harness.run(["session", "watch", "--once"]).output.contains("1 learner, 0 needing help"))
        #expect(harness.run(["session", "clear", handle]).output.contains("is not marked as needing help"))
    }

    @Test("watch with no progress file yet says where it looked")
    func watchWithoutFile() throws {
        let harness = try CommandHarness()
        let run = harness.run(["session", "watch", "--once"])
        #expect(run.status == 1)
        #expect(run.errors.contains("There is no progress file in"))
    }
}

/// Smaller things a volunteer met: warnings where something is missing or not private.
@Suite("Warnings a volunteer needs", .ownThread)
struct VolunteerWarningTests {
    @Test("a report with no lessons found says so, and still gives the figures")
    func reportWithoutLessons() throws {
        let harness = try CommandHarness()
        let empty = harness.folder.child("no-lessons")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let run = harness.run(["report", "--lessons", empty.path])
        #expect(run.status == 0)
        #expect(run.errors.contains("No lessons were found in \"\(empty.path)\""))
        #expect(run.output.contains("Sessions held: 0"))
    }

    @Test("a certificate written to standard output warns that a redirected file is not private")
    func certificateRedirected() throws {
        let harness = try CommandHarness()
        try harness.unlockForScripts()
        let learner = try harness.learnerWhoFinished("online-forms")
        let run = harness.run(["certificate", learner.code.rawValue])
        #expect(run.status == 0)
        #expect(run.errors.contains("Use --output FILE instead"))
    }

    @Test("the report carries the library's name, from --library or the site's setting, in every format", arguments: ["text", "html", "csv"])
    func reportLibraryName(format: String) throws {
        let harness = try CommandHarness()
        harness.variables["TASTER_LIBRARY_NAME"] = "Anytown   Library"
        let fromSetting = harness.run(["report", "--format", format])
        #expect(fromSetting.status == 0)
        #expect(fromSetting.output.contains("Anytown Library"))
        let fromOption = harness.run(["report", "--format", format, "--library", "Halifax Central Library"])
        #expect(fromOption.output.contains("Halifax Central Library"))
        #expect(!fromOption.output.contains("Anytown"))
    }
}
