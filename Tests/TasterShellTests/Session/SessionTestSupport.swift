import Foundation
import TasterEngine
import TasterLessons
@testable import TasterShell
import TasterTestSupport
import TasterStore

/// Collects what a session writes to the screen.
final class ScreenLog: @unchecked Sendable {
    private let lock = NSLock()
    private var written: [String] = []

    /// Everything written, one entry per write.
    var entries: [String] { lock.withLock { written } }

    /// Everything written, joined by newlines as the terminal would show it.
    var text: String { entries.joined(separator: "\n") }

    /// Records one write.
    func write(_ text: String) {
        lock.withLock { written.append(text) }
    }

    /// How many times `phrase` occurs in everything written.
    func count(of phrase: String) -> Int {
        text.components(separatedBy: phrase).count - 1
    }
}

/// A clock for tests that moves only when told.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = Date(timeIntervalSince1970: 1_750_004_800)

    /// The current test time.
    var now: Date { lock.withLock { current } }

    /// Moves the clock on.
    func advance(seconds: TimeInterval) {
        lock.withLock { current = current.addingTimeInterval(seconds) }
    }

    /// The clock as the closure the timers take.
    var closure: @Sendable () -> Date { { [self] in self.now } }
}

/// Builds sessions around a scripted reader, an in-memory store and a screen log.
enum SessionTestSupport {
    /// The fixture lesson folder (one lesson, `every-kind`, seven steps).
    static var fixtureFolder: String {
        TasterProgram.repository.appendingPathComponent("Tests/Fixtures/lessons").path
    }

    /// The lessons shipped with taster.
    static var realFolder: String {
        TasterProgram.repository.appendingPathComponent("lessons").path
    }

    /// The lessons in `folder`.
    static func library(_ folder: String = fixtureFolder) -> LessonLibrary {
        LessonLibrary.load(paths: [folder]).library
    }

    /// A context in plain style, wide enough that no sentence is wrapped, recording pauses.
    static func context(reader: any LineReader, screen: ScreenLog, pauses: PauseLog = PauseLog(),
                        inputIsTerminal: Bool = false, idleExpired: @escaping () -> Bool = { false }) -> ShellContext {
        ShellContext(
            reader: reader, write: screen.write, style: OutputStyle(mode: .plain), width: { 10_000 },
            clock: .fixed(Date(timeIntervalSince1970: 1_750_004_800)), pause: pauses.record,
            inputIsTerminal: inputIsTerminal, idleExpired: idleExpired)
    }

    /// The learner code shown on the screen, if any.
    static func code(in screen: ScreenLog) -> LearnerCode? {
        TasterProgram.learnerCode(in: screen.text).flatMap(LearnerCode.init)
    }

    /// Lines that take a new learner into the first lesson of the menu.
    static let newLearnerIntoLessonOne = ["1", "", "1"]

    /// Right answers to the fixture lesson's seven steps, in order.
    static let everyKindAnswers = ["", "1", "attachment", "250", "www.example.org", "kettle meadow lantern violin", "2 3 1"]
}

/// Records the pauses a session asked for instead of waiting.
final class PauseLog: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [TimeInterval] = []

    /// Every pause asked for, in seconds.
    var pauses: [TimeInterval] { lock.withLock { recorded } }

    /// Records a pause.
    func record(_ seconds: TimeInterval) {
        lock.withLock { recorded.append(seconds) }
    }
}

/// An in-memory progress store that behaves as a progress file, whose writes can start failing
/// as when the disk fills up mid-lesson. (`ProgressDatabase.inMemory` says it is not
/// persistent, so a session treats it as unsaved progress.)
///
/// Lesson writes (start, step, resume point, completion) succeed `writesBeforeFailure` times,
/// then every one throws `diskFull`; everything else is passed to an in-memory database.
final class TestProgressStore: ProgressRecording, @unchecked Sendable {
    /// The database holding what was saved before the failure.
    let saved: ProgressDatabase
    private let writesBeforeFailure: Int
    private let lock = NSLock()
    private var writes = 0
    /// How many lesson writes were refused.
    private(set) var refusedWrites = 0

    /// The error every refused write throws.
    static let failure = StoreError.diskFull(file: "/srv/taster/progress.sqlite")

    /// The lesson writes (counted from 1) that find the file busy, as when another terminal
    /// holds it past the busy timeout.
    private let busyWrites: Set<Int>
    /// The error a write during a busy moment throws.
    static let busy = StoreError.busy(file: "/srv/taster/progress.sqlite")

    /// A store whose lesson writes fail after the first `writesBeforeFailure` (never, by
    /// default), and whose writes numbered in `busyWrites` find the file busy.
    init(writesBeforeFailure: Int = .max, busyWrites: Set<Int> = []) throws {
        saved = try ProgressDatabase.inMemory()
        self.writesBeforeFailure = writesBeforeFailure
        self.busyWrites = busyWrites
    }

    /// True: the session must treat this as a progress file.
    var isPersistent: Bool { true }
    /// False, as by default.
    var recordsTypedAnswers: Bool { false }
    /// Nil: this stands for a progress file that opened.
    var unsavedReason: StoreError? { nil }

    private func write(_ body: () throws(StoreError) -> Void) throws(StoreError) {
        let isBusy = lock.withLock { () -> Bool in
            if busyWrites.contains(writes + 1) { writes += 1; refusedWrites += 1; return true }
            return false
        }
        if isBusy { throw Self.busy }
        let allowed = lock.withLock { () -> Bool in
            writes += 1
            if writes > writesBeforeFailure {
                refusedWrites += 1
                return false
            }
            return true
        }
        guard allowed else { throw Self.failure }
        try body()
    }

    // The rest passes each call to `saved`, lesson writes through `write` (see ProgressRecording).

    func newLearner(nickname: String?) throws(StoreError) -> Learner { try saved.newLearner(nickname: nickname) }
    func learner(code: LearnerCode) throws(StoreError) -> Learner? { try saved.learner(code: code) }
    func setNickname(code: LearnerCode, nickname: String?) throws(StoreError) { try saved.setNickname(code: code, nickname: nickname) }
    func touch(code: LearnerCode) throws(StoreError) { try saved.touch(code: code) }
    func setPreferredLanguage(code: LearnerCode, language: String?) throws(StoreError) { try saved.setPreferredLanguage(code: code, language: language) }
    func preferredLanguage(code: LearnerCode) throws(StoreError) -> String? { try saved.preferredLanguage(code: code) }
    func startLesson(code: LearnerCode, lessonID: String, contentVersion: String) throws(StoreError) {
        try write { () throws(StoreError) in try saved.startLesson(code: code, lessonID: lessonID, contentVersion: contentVersion) }
    }
    func recordStep(code: LearnerCode, lessonID: String, record: StepRecord) throws(StoreError) {
        try write { () throws(StoreError) in try saved.recordStep(code: code, lessonID: lessonID, record: record) }
    }
    func recordStep(code: LearnerCode, lessonID: String, record: StepRecord, resumeAt nextStepIndex: Int) throws(StoreError) {
        try write { () throws(StoreError) in try saved.recordStep(code: code, lessonID: lessonID, record: record, resumeAt: nextStepIndex) }
    }
    func setResumePoint(code: LearnerCode, lessonID: String, stepIndex: Int) throws(StoreError) {
        try write { () throws(StoreError) in try saved.setResumePoint(code: code, lessonID: lessonID, stepIndex: stepIndex) }
    }
    /// Called as each completion is written, before it is stored.
    var beforeCompletion: (() -> Void)?

    func completeLesson(code: LearnerCode, lessonID: String, contentVersion: String) throws(StoreError) {
        beforeCompletion?()
        try write { () throws(StoreError) in try saved.completeLesson(code: code, lessonID: lessonID, contentVersion: contentVersion) }
    }
    func progress(code: LearnerCode) throws(StoreError) -> LearnerProgress { try saved.progress(code: code) }
    func summary(code: LearnerCode) throws(StoreError) -> LearnerSummary? { try saved.summary(code: code) }
    func export(code: LearnerCode) throws(StoreError) -> Data { try saved.export(code: code) }
    func forget(code: LearnerCode) throws(StoreError) -> Bool { try saved.forget(code: code) }
    func purge(inactiveForDays days: Int, now: Date, dryRun: Bool) throws(StoreError) -> [PurgedLearner] {
        try saved.purge(inactiveForDays: days, now: now, dryRun: dryRun)
    }
    func erasedDataLingers() -> Bool { saved.erasedDataLingers() }
    func currentSession(pinnedTo pin: String?) throws(StoreError) -> TasterSession? { try saved.currentSession(pinnedTo: pin) }
    func updateLiveStatus(code: LearnerCode, step: LiveStep?, sessionPin: String?) throws(StoreError) {
        try saved.updateLiveStatus(code: code, step: step, sessionPin: sessionPin)
    }
    func raiseHand(code: LearnerCode) throws(StoreError) { try saved.raiseHand(code: code) }
    func removeLiveStatus(code: LearnerCode) throws(StoreError) { try saved.removeLiveStatus(code: code) }
    func recordLessonEvent(code: LearnerCode, lessonID: String, kind: LessonEventKind, sessionPin: String?) throws(StoreError) {
        try saved.recordLessonEvent(code: code, lessonID: lessonID, kind: kind, sessionPin: sessionPin)
    }
    func recordConfidence(_ rating: Int, moment: ConfidenceMoment, sessionPin: String?) throws(StoreError) -> Bool {
        try saved.recordConfidence(rating, moment: moment, sessionPin: sessionPin)
    }
    func claimConfidenceQuestion(code: LearnerCode, moment: ConfidenceMoment, sessionPin: String?) throws(StoreError) -> Bool {
        try saved.claimConfidenceQuestion(code: code, moment: moment, sessionPin: sessionPin)
    }
    func claimLeavingConfidenceQuestion(code: LearnerCode, sessionID: Int64) throws(StoreError) -> Bool {
        try saved.claimLeavingConfidenceQuestion(code: code, sessionID: sessionID)
    }
    func recordConfidence(_ rating: Int, moment: ConfidenceMoment, sessionID: Int64, startRating: Int?) throws(StoreError) -> Bool {
        try saved.recordConfidence(rating, moment: moment, sessionID: sessionID, startRating: startRating)
    }
}

/// A line reader for kiosk tests: each entry is a typed line, or a wait during which nobody
/// types. A wait moves the clock on and ends the read, as the terminal reader does when its
/// stop check (the idle timer) says so. After the script, reads report the end of input.
final class TimedScriptReader: LineReader {
    /// One thing the person at the terminal does.
    enum Action {
        /// Types a line.
        case line(String)
        /// Types nothing for this many seconds.
        case wait(TimeInterval)
    }

    private var actions: [Action]
    private let clock: ManualClock
    /// Every prompt shown, in order.
    private(set) var prompts: [String] = []
    /// The lines remembered for the up arrow.
    private(set) var history: [String] = []
    /// Reads made after the script ran out. After ten of them the reader answers so that any
    /// kiosk loop ends ("leave kiosk" at the welcome question, "quit" elsewhere): a test that
    /// goes wrong then fails instead of spinning for ever.
    private(set) var overrunReads = 0

    /// A reader that plays `actions`, moving `clock` on for each wait.
    init(_ actions: [Action], clock: ManualClock = ManualClock()) {
        self.actions = actions
        self.clock = clock
    }

    /// The next action: a typed line, or the end of a read after a wait.
    func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        guard !actions.isEmpty else {
            overrunReads += 1
            guard overrunReads > 10 else { return .endOfInput }
            return .line(prompt.hasPrefix("Type 1 or 2") ? LearnerVisit.leaveKioskWords : "quit")
        }
        switch actions.removeFirst() {
        case .line(let text):
            return .line(text)
        case .wait(let seconds):
            clock.advance(seconds: seconds)
            return .endOfInput
        }
    }

    /// The same as `readLine(prompt:)`.
    func readSecret(prompt: String) -> LineInput { readLine(prompt: prompt) }
    /// Ignored: nobody presses Tab here.
    func setCompletions(_ provider: @escaping (String) -> [String]) {}
    /// Remembers the line.
    func addToHistory(_ line: String) { history.append(line) }
    /// Forgets every line.
    func clearHistory() { history.removeAll() }
}
