import Foundation
import TasterEngine
import TasterStore

/// Saves one learner's progress, and keeps the lesson going in memory if saving stops working:
/// the learner is told once, plainly, and nothing they did is thrown away.
final class ProgressSaver {
    private(set) var store: any ProgressRecording
    /// The learner whose progress this is.
    let code: LearnerCode
    private let tell: (String) -> Void
    private var toldAboutFailure = false

    init(store: any ProgressRecording, code: LearnerCode, tell: @escaping (String) -> Void) {
        self.store = store
        self.code = code
        self.tell = tell
    }

    /// Whether progress is being written to the progress file.
    var isSaving: Bool { store.isPersistent }

    func startLesson(_ lessonID: String, version: String) {
        save { (store: any ProgressRecording) throws(StoreError) in try store.startLesson(code: code, lessonID: lessonID, contentVersion: version) }
    }

    func record(_ outcome: StepOutcome, lessonID: String, isSecret: Bool) {
        let record = isSecret
            ? StepRecord.forSecretStep(stepIndex: outcome.index, stepID: outcome.id, attempts: outcome.attempts, hintsUsed: outcome.hintsUsed,
                                       skipped: outcome.skipped, secondsSpent: Int(outcome.seconds.rounded()), completed: !outcome.skipped)
            : StepRecord(stepIndex: outcome.index, stepID: outcome.id, attempts: outcome.attempts, hintsUsed: outcome.hintsUsed,
                         skipped: outcome.skipped, secondsSpent: Int(outcome.seconds.rounded()), completed: !outcome.skipped, typedAnswers: outcome.typedAnswers)
        save { (store: any ProgressRecording) throws(StoreError) in
            try store.recordStep(code: code, lessonID: lessonID, record: record)
            if let next = outcome.nextIndex { try store.setResumePoint(code: code, lessonID: lessonID, stepIndex: next) }
        }
    }

    func resume(_ lessonID: String, at index: Int) {
        save { (store: any ProgressRecording) throws(StoreError) in try store.setResumePoint(code: code, lessonID: lessonID, stepIndex: index) }
    }

    func complete(_ lessonID: String, version: String) {
        save { (store: any ProgressRecording) throws(StoreError) in try store.completeLesson(code: code, lessonID: lessonID, contentVersion: version) }
    }

    func progress() -> LearnerProgress? {
        try? store.progress(code: code)
    }

    /// Runs a write; on failure switches to keeping progress in memory, copying what was saved.
    private func save(_ write: (any ProgressRecording) throws(StoreError) -> Void) {
        do {
            try write(store)
        } catch {
            guard store.isPersistent else { return }
            let unsaved = UnsavedProgress(reason: error, recordTypedAnswers: false)
            if let progress = try? store.progress(code: code) {
                unsaved.adopt(progress)
            } else if let learner = try? store.learner(code: code) {
                unsaved.adopt(LearnerProgress(learner: learner, lessons: []))
            }
            store = unsaved
            try? write(store)
            if !toldAboutFailure {
                toldAboutFailure = true
                tell("Taster cannot save your progress on this computer any more (\(error.message)) You can finish this lesson, but this session will not be saved.")
            }
        }
    }
}
