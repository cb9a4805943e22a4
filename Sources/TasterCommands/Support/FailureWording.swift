import ArgumentParser
import TasterStore
import TasterWording

/// The one place an error that a command did not handle itself is turned into words for the
/// person who ran the command: a volunteer hears what to check on the computer, a learner that
/// they can carry on.
enum FailureWording {
    /// The sentence for `error` told to `audience`, or nil for errors the argument parser words
    /// itself (usage mistakes, `--help`, an exit status).
    static func sentence(for error: any Error, audience: Audience, in catalogue: Catalogue) -> String? {
        switch error {
        case let error as StoreError: catalogue.words(for: error, duringALesson: audience == .learner)
        case let error as SessionError: catalogue.words(for: error)
        case let error as LearnerCodeError: catalogue.words(for: error)
        case let error as StoreChoiceError: words(for: error, in: catalogue)
        default: nil
        }
    }

    /// Why the store named cannot be used, and what to do.
    static func words(for error: StoreChoiceError, in catalogue: Catalogue) -> String {
        switch error {
        case .passwordOnCommandLine(let address):
            catalogue.text(.storePasswordOnCommandLine, ["address": address])
        case .passwordInAddress(let address, let source):
            catalogue.text(.storePasswordInAddress, ["address": address, "source": source])
        case .notUnderstood(let detail, let source):
            catalogue.text(.storeAddressNotUnderstood, ["detail": detail, "source": source])
        case .serviceNeedsBranch(let address, let source):
            catalogue.text(.storeServiceNeedsBranch, ["address": address, "source": source])
        }
    }
}
