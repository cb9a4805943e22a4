import Foundation

/// Everything `taster store copy` carries from one store to another, in a form neither backend
/// owns: rows are named by their natural keys (a learner's code, a session's start), never by a
/// store's row ids, so the same contents can be written into either backend.
///
/// What is in it, table by table (the embedded file's name, then the service's):
/// - `learner` / `learner`: code, nickname, created and last-active times, preferred language.
/// - `lessonProgress` / `lesson_progress`: every column, inside each ``CopiedLearner``.
/// - `stepEvent` / `step_event`: every column, typed answers too (they are there only when the
///   site chose to keep them); the service's `branch` is the branch copied.
/// - `tasterSession`, `sessionLearner`, `confidenceCount`, `confidencePair` and their service
///   twins: inside each ``CopiedSession``.
/// - `lessonEvent` / `lesson_event`: a learner's by code, a forgotten learner's by its random
///   number (day only, as forgetting left it), each with its session's start.
/// - `forgottenLearnerDay` / `forgotten_learner_day`: so past reports still add up.
///
/// Not carried: the live view (`liveStatus`, of the moment), the daily chores' record
/// (`storeChore`), the outbox and its receipts (`outbox_receipt`), and the migration records;
/// the volunteer passphrase record is copied apart, through ``VolunteerCredentials``.
public struct StoreContents: Sendable, Equatable {
    /// The learners, each with their lessons and step events.
    public var learners: [CopiedLearner]
    /// The volunteer sessions, each with who joined and the confidence counts.
    public var sessions: [CopiedSession]
    /// The lesson events (started, completed, hint, solution).
    public var lessonEvents: [CopiedLessonEvent]
    /// The days each forgotten learner was active, by the random number forgetting gave them.
    public var forgottenDays: [CopiedForgottenDay]

    /// Creates contents.
    public init(
        learners: [CopiedLearner] = [], sessions: [CopiedSession] = [], lessonEvents: [CopiedLessonEvent] = [],
        forgottenDays: [CopiedForgottenDay] = []
    ) {
        self.learners = learners
        self.sessions = sessions
        self.lessonEvents = lessonEvents
        self.forgottenDays = forgottenDays
    }

    /// The learners' codes.
    public var learnerCodes: Set<String> { Set(learners.map(\.code)) }

    /// How many rows of each kind the contents hold.
    public var counts: StoreCopyCounts {
        StoreCopyCounts(
            learners: learners.count,
            lessonProgress: learners.reduce(0) { $0 + $1.lessons.count },
            stepEvents: learners.reduce(0) { $0 + $1.steps.count },
            lessonEvents: lessonEvents.count,
            sessions: sessions.count,
            confidenceAnswers: sessions.reduce(0) { $0 + $1.confidence.reduce(0) { $0 + $1.count } })
    }

    /// How many of these rows are found in `destination`, kind by kind, each matched by its
    /// natural key (and, for repeated keys and confidence counts, no more than `destination`
    /// holds). It equals ``counts`` exactly when nothing of these contents is missing there.
    public func counts(foundIn destination: StoreContents) -> StoreCopyCounts {
        let there = Dictionary(destination.learners.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var lessons = 0
        var steps = 0
        for learner in learners {
            guard let other = there[learner.code] else { continue }
            let lessonIDs = Set(other.lessons.map(\.lessonID))
            lessons += learner.lessons.filter { lessonIDs.contains($0.lessonID) }.count
            var remaining = Self.tally(other.steps.map(StepKey.init))
            for step in learner.steps where Self.take(StepKey(step), from: &remaining) { steps += 1 }
        }
        var events = Self.tally(destination.lessonEvents.map(LessonEventKey.init))
        let sessionsThere = Dictionary(destination.sessions.map { (StoreCopyTime.key($0.startedAt), $0) }, uniquingKeysWith: { first, _ in first })
        var answers = 0
        for session in sessions {
            guard let other = sessionsThere[StoreCopyTime.key(session.startedAt)] else { continue }
            for count in session.confidence {
                let found = other.confidence.first { $0.moment == count.moment && $0.rating == count.rating }?.count ?? 0
                answers += min(found, count.count)
            }
        }
        return StoreCopyCounts(
            learners: learners.filter { there[$0.code] != nil }.count,
            lessonProgress: lessons,
            stepEvents: steps,
            lessonEvents: lessonEvents.filter { Self.take(LessonEventKey($0), from: &events) }.count,
            sessions: sessions.filter { sessionsThere[StoreCopyTime.key($0.startedAt)] != nil }.count,
            confidenceAnswers: answers)
    }

    /// How many times each key occurs.
    public static func tally<Key: Hashable>(_ keys: [Key]) -> [Key: Int] {
        keys.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    /// Takes one `key` from `remaining`; false when none is left.
    public static func take<Key: Hashable>(_ key: Key, from remaining: inout [Key: Int]) -> Bool {
        guard let left = remaining[key], left > 0 else { return false }
        remaining[key] = left - 1
        return true
    }
}

/// What makes a step event the same one in two stores: its lesson, step and moment (the
/// learner is the one it is kept under; the branch is the one copied).
public struct StepKey: Hashable, Sendable {
    let lessonID: String
    let stepIndex: Int
    let recordedAt: Int64

    /// The key of `step`.
    public init(_ step: StoredStep) {
        lessonID = step.lessonID
        stepIndex = step.step.stepIndex
        recordedAt = StoreCopyTime.key(step.recordedAt)
    }
}

/// What makes a lesson event the same one in two stores: whose (code, or a forgotten learner's
/// number), the lesson, the kind and the moment.
public struct LessonEventKey: Hashable, Sendable {
    let learnerCode: String?
    let forgottenID: Int64?
    let lessonID: String
    let kind: String
    let recordedAt: Int64

    /// The key of `event`.
    public init(_ event: CopiedLessonEvent) {
        learnerCode = event.learnerCode
        forgottenID = event.forgottenID
        lessonID = event.lessonID
        kind = event.kind
        recordedAt = StoreCopyTime.key(event.recordedAt)
    }
}
