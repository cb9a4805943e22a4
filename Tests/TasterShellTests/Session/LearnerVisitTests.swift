import Foundation
import TasterLessons
@testable import TasterShell
import TasterTestSupport
import TasterStore
import Testing

/// The learner's session, driven by a scripted reader over an in-memory progress database.
@Suite(.ownThread)
struct LearnerVisitTests {
    private let library = SessionTestSupport.library()

    private func run(_ lines: [String], store: any ProgressRecording, library: LessonLibrary? = nil,
                     inKiosk: Bool = false) -> (end: SessionEnd, screen: ScreenLog, reader: ScriptedLineReader, pauses: PauseLog) {
        let reader = ScriptedLineReader(lines: lines)
        let screen = ScreenLog()
        let pauses = PauseLog()
        let context = SessionTestSupport.context(reader: reader, screen: screen, pauses: pauses)
        let end = LearnerVisit(context: context, library: library ?? self.library, store: store, inKiosk: inKiosk).run()
        return (end, screen, reader, pauses)
    }

    @Test func aNewLearnerGetsACodeFinishesTheLessonAndLeaves() throws {
        let store = try TestProgressStore()
        let lines = SessionTestSupport.newLearnerIntoLessonOne + SessionTestSupport.everyKindAnswers + ["quit"]
        let (end, screen, reader, _) = run(lines, store: store)

        #expect(end == .left)
        #expect(reader.remainingInputCount == 0)
        let code = try #require(SessionTestSupport.code(in: screen), "No code shown:\n\(screen.text)")
        #expect(reader.prompts.starts(with: ["Type 1 or 2: ", "Press Enter when you have written it down: ", "Type a lesson number, or quit to leave: "]))
        #expect(reader.secretPrompts == ["Passphrase (hidden as you type): "])
        #expect(screen.text.contains("Well done: you have finished this lesson!"))
        #expect(screen.text.contains("You have finished every lesson. Amazing work!"))
        #expect(screen.text.contains("Every kind of step, 5 minutes (done)"))
        #expect(screen.text.contains("Your progress is saved. Next time, type your learner code to carry on:"))
        #expect(screen.count(of: code.rawValue) == 2, "The code is shown when made and at goodbye")

        let progress = try store.progress(code: code)
        #expect(progress.completedLessonIDs == ["every-kind"])
        let summary = try #require(try store.summary(code: code))
        #expect(summary.stepsRecorded == 7)
        #expect(summary.typedAnswersStored == 0)
        #expect(!reader.history.contains("kettle meadow lantern violin"), "A secret must never reach the history")
        #expect(reader.history.isEmpty, "History is wiped when the learner leaves")
        #expect(reader.historyClearCount >= 1)
    }

    /// A store holding one learner who started the fixture lesson and stopped before `stepIndex`.
    private func learnerPartWayThroughEveryKind(resumingAt stepIndex: Int) throws -> (ProgressDatabase, Learner) {
        let store = try ProgressDatabase.inMemory()
        let learner = try store.newLearner(nickname: nil)
        let lesson = try #require(library.lesson(id: "every-kind"))
        try store.startLesson(code: learner.code, lessonID: lesson.id, contentVersion: lesson.contentVersion)
        try store.setResumePoint(code: learner.code, lessonID: lesson.id, stepIndex: stepIndex)
        return (store, learner)
    }

    @Test func aReturningLearnerCarriesOnAtTheSavedStep() throws {
        let (store, learner) = try learnerPartWayThroughEveryKind(resumingAt: 3)

        let typedCode = learner.code.rawValue.uppercased().replacingOccurrences(of: "-", with: " ")
        let (end, screen, _, _) = run(["2", typedCode, "yes", "250"], store: store)

        #expect(end == .endOfInput)
        #expect(screen.text.contains("Welcome back! Last time you were on Every kind of step, step 4 of 7."))
        #expect(screen.text.contains("Every kind of step  ·  Step 4 of 7"))
        #expect(!screen.text.contains("Step 1 of 7"))
        #expect(try store.progress(code: learner.code).lesson("every-kind")?.resumeStepIndex == 4)
    }

    @Test func aReturningLearnerWhoSaysNoSeesTheMenu() throws {
        let (store, learner) = try learnerPartWayThroughEveryKind(resumingAt: 2)

        let (end, screen, reader, _) = run([learner.code.rawValue, "no", "1", "quit"], store: store)
        #expect(end == .left)
        #expect(reader.prompts.contains("Type a lesson number, or quit to leave: "))
        // Picking the lesson from the menu also opens it where it was left.
        #expect(screen.text.contains("Every kind of step  ·  Step 3 of 7"))
    }

    @Test func aLessonChangedSinceStartsAgainFromTheBeginning() throws {
        let store = try ProgressDatabase.inMemory()
        let learner = try store.newLearner(nickname: nil)
        try store.startLesson(code: learner.code, lessonID: "every-kind", contentVersion: "an older version")
        try store.setResumePoint(code: learner.code, lessonID: "every-kind", stepIndex: 4)

        let (_, screen, _, _) = run([learner.code.rawValue, "yes"], store: store)
        #expect(screen.text.contains("Welcome back! Last time you were on Every kind of step, step 1 of 7."))
        #expect(screen.text.contains("That lesson has been updated since, so it will start again from the beginning."))
        #expect(screen.text.contains("Every kind of step  ·  Step 1 of 7"))
    }

    /// A learner who answers "Carry on?" with something taster does not understand is asked
    /// again; they are not sent away as if they had left.
    @Test func unclearAnswersToCarryOnAreAskedAgain() throws {
        let (store, learner) = try learnerPartWayThroughEveryKind(resumingAt: 3)

        let (end, screen, reader, _) = run([learner.code.rawValue, "maybe", "what do you mean", "perhaps", "yes", "quit"], store: store)
        #expect(end == .left)
        #expect(reader.remainingInputCount == 0)
        #expect(screen.text.contains("Every kind of step  ·  Step 4 of 7"), "The learner never got back to their lesson:\n\(screen.text)")
        #expect(reader.prompts.filter { $0.lowercased().contains("yes or no") }.count == 3, "Each unclear answer should be met with a request for yes or no: \(reader.prompts)")
    }

    @Test func unclearAnswersToNextLessonAreAskedAgain() throws {
        let two = LessonLibrary(lessons: library.lessons + SessionTestSupport.library(SessionTestSupport.realFolder).lessons.prefix(1))
        let store = try ProgressDatabase.inMemory()
        let lines = SessionTestSupport.newLearnerIntoLessonOne + SessionTestSupport.everyKindAnswers + ["hmm", "not sure", "ok then", "no", "quit"]
        let (end, screen, reader, _) = run(lines, store: store, library: two)
        #expect(end == .left)
        #expect(reader.remainingInputCount == 0)
        #expect(screen.text.contains("Would you like to start the next lesson"))
        #expect(reader.prompts.filter { $0 == "Type a lesson number, or quit to leave: " }.count == 2, "\"no\" should lead back to the menu")
    }

    /// Ctrl-C is "copy" to many learners. Outside a lesson it must clear the line, as it does
    /// inside one, not end the session.
    @Test func ctrlCAtTheWelcomeTheMenuAndAYesNoQuestionOnlyClearsTheLine() throws {
        let (store, learner) = try learnerPartWayThroughEveryKind(resumingAt: 3)
        let inputs: [LineInput] = [
            .interrupted, .line("2"),
            .interrupted, .line(learner.code.rawValue),
            .interrupted, .line("no"),
            .interrupted, .line("quit"),
        ]
        let reader = ScriptedLineReader(inputs)
        let screen = ScreenLog()
        let end = LearnerVisit(context: SessionTestSupport.context(reader: reader, screen: screen), library: library, store: store).run()
        #expect(end == .left)
        #expect(reader.remainingInputCount == 0, "The session ended early, at: \(reader.prompts.last ?? "")")
        #expect(screen.text.contains("Goodbye, and well done today!"))
    }

    @Test(arguments: [1, 3, 6])
    func progressIsSavedAfterEveryStep(stepsDone: Int) throws {
        let store = try ProgressDatabase.inMemory()
        let lines = SessionTestSupport.newLearnerIntoLessonOne + Array(SessionTestSupport.everyKindAnswers.prefix(stepsDone))
        let (end, screen, _, _) = run(lines, store: store)

        #expect(end == .endOfInput)
        let code = try #require(SessionTestSupport.code(in: screen))
        let lesson = try #require(try store.progress(code: code).lesson("every-kind"))
        #expect(lesson.resumeStepIndex == stepsDone)
        #expect(!lesson.isCompleted)
        #expect(try store.summary(code: code)?.stepsRecorded == stepsDone)
    }

    @Test(arguments: [
        ("1", "every-kind"),
        ("1)", "every-kind"),
        ("Every kind", "every-kind"),
        ("every-kind", "every-kind"),
    ])
    func theMenuTakesANumberATitleOrAnID(typed: String, lessonID: String) throws {
        let store = try ProgressDatabase.inMemory()
        let (_, screen, _, _) = run(["1", "", typed, "menu", "quit"], store: store)
        let lesson = try #require(library.lesson(id: lessonID))
        #expect(screen.text.contains("\(lesson.title)  ·  Step 1 of \(lesson.steps.count)"), "\"\(typed)\" did not open \(lessonID)")
    }

    @Test func theMenuOfRealLessonsChoosesByTitleAndExplainsAWrongNumber() throws {
        let real = SessionTestSupport.library(SessionTestSupport.realFolder)
        let store = try ProgressDatabase.inMemory()
        let (_, screen, _, _) = run(["1", "", "99", "a monthly", "menu", "quit"], store: store, library: real)
        #expect(screen.text.contains("Please type one of the lesson numbers, from 1 to \(real.lessons.count)."))
        #expect(screen.text.contains("A monthly budget  ·  Step 1 of 13"))
    }

    private var bothMenus: LessonMenu {
        let real = SessionTestSupport.library(SessionTestSupport.realFolder)
        return LessonMenu(library: LessonLibrary(lessons: real.lessons + library.lessons), progress: nil)
    }

    @Test(arguments: ["help", "?", "HELP"])
    func helpAtTheFirstQuestionExplainsBothAnswers(typed: String) throws {
        let store = try ProgressDatabase.inMemory()
        let (_, screen, _, _) = run([typed, "quit"], store: store)
        #expect(screen.text.contains("Type 1 and press Enter if this is your first time here"))
        #expect(!screen.text.contains("Please type 1 if you are new"))
    }

    @Test(arguments: [(1, "1 minute"), (2, "2 minutes"), (15, "15 minutes")])
    func theMenuCountsMinutesInPlainEnglish(minutes: Int, words: String) throws {
        var lesson = try #require(library.lessons.first)
        lesson.minutes = minutes
        let lines = LessonMenu(library: LessonLibrary(lessons: [lesson]), progress: nil)
            .pages(style: OutputStyle(mode: .plain), width: 200, rows: 20).flatMap(\.lines)
        let line = try #require(lines.first { $0.contains(lesson.title) })
        #expect(line.hasSuffix(", \(words)") || line.contains(", \(words) "), "\(line)")
    }

    @Test(arguments: [("1", 0), ("2", 1), (" 3. ", 2), ("4)", 3)])
    func theMenuTakesANumber(typed: String, position: Int) {
        let menu = bothMenus
        #expect(menu.choose(typed)?.id == menu.lessons[position].id)
    }

    @Test(arguments: [
        ("a monthly", "monthly-budget" as String?),
        ("Every KIND of", "every-kind"),
        ("MONTHLY-BUDGET", "monthly-budget"),
        ("ab", nil),
        ("0", nil),
        ("999", nil),
        ("", nil),
        ("zebra", nil),
    ])
    func theMenuTakesATitleOrAnID(typed: String, expectedID: String?) {
        #expect(bothMenus.choose(typed)?.id == expectedID)
    }

    @Test func unknownCodesGetAKindWordAndAGrowingPause() throws {
        let store = try ProgressDatabase.inMemory()
        let unknown = ["amber-apple-arcade-17", "basil-bakery-banana-3", "atlas-attic-autumn-99", "amber-apple-arcade-18"]
        let (end, screen, _, pauses) = run(["2"] + unknown + ["new", "quit"], store: store)
        #expect(end == .left)
        #expect(screen.count(of: "Sorry, taster cannot find the code") == 4)
        #expect(screen.text.contains("Please wait 2 seconds before trying again."))
        #expect(screen.text.contains("Please wait 4 seconds before trying again."))
        #expect(pauses.pauses == [2, 4])
    }

    @Test("quit at the code question leaves, and is not taken as a wrong code", arguments: ["quit", "QUIT", " exit "])
    func quitAtTheCodeQuestion(typed: String) throws {
        let store = try ProgressDatabase.inMemory()
        // Were quit taken as a code, "new" would go back to the first question.
        let (end, screen, _, pauses) = run(["2", typed, "new"], store: store)
        #expect(end == .left)
        #expect(screen.count(of: "Sorry, taster cannot find the code") == 0)
        #expect(screen.count(of: "Are you new here") == 1, "taster carried on after quit: \(screen.text)")
        #expect(pauses.pauses.isEmpty)
    }

    @Test("the completion is stored before \"Well done\" is shown")
    func completionIsStoredBeforeItIsShown() throws {
        let store = try TestProgressStore()
        let reader = ScriptedLineReader(lines: SessionTestSupport.newLearnerIntoLessonOne + SessionTestSupport.everyKindAnswers + ["quit"])
        let screen = ScreenLog()
        let context = SessionTestSupport.context(reader: reader, screen: screen)
        var shownBeforeStored: Bool?
        store.beforeCompletion = { shownBeforeStored = screen.text.contains("Well done: you have finished this lesson") }
        _ = LearnerVisit(context: context, library: library, store: store).run()
        #expect(shownBeforeStored == false, "Well done was on the screen before the completion was stored")
        #expect(screen.text.contains("Well done"))
    }

    @Test func leaveKioskIsAWrongAnswerOutsideKioskMode() throws {
        let store = try ProgressDatabase.inMemory()
        let outside = run(["leave kiosk", "quit"], store: store)
        #expect(outside.end == .left)
        #expect(outside.screen.text.contains("Please type 1 if you are new, or 2 if you have a learner code."))
        let inside = run(["leave kiosk"], store: store, inKiosk: true)
        #expect(inside.end == .leaveKiosk)
    }

    @Test func anUnusableProgressFileIsExplainedAtTheWelcome() throws {
        let unsaved = UnsavedProgress.store(because: .readOnlyFile(file: "/srv/taster/progress.sqlite"))
        let (_, screen, _, _) = run(["1", "", "quit"], store: unsaved)
        #expect(screen.text.contains("can be read but not changed. You can still do the lesson now, but your progress will not be saved this time."))
        #expect(screen.text.contains("This session was not saved"))
        #expect(!screen.text.contains("Your progress is saved."))
        // The code card must not promise that the code works next time.
        #expect(screen.text.contains("Please keep it for today only:"))
        #expect(!screen.text.contains("You will type it next time"))
    }

    @Test func aSavedLearnersCodeCardSaysToTypeItNextTime() throws {
        let (_, screen, _, _) = run(["1", "", "quit"], store: try ProgressDatabase.inMemory())
        #expect(screen.text.contains("You will type it next time to carry on where you stopped."))
        #expect(!screen.text.contains("for today only"))
    }
}
