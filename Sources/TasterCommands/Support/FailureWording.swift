import ArgumentParser
import TasterStore

/// The one place an error that a command did not handle itself is turned into words for the
/// person who ran the command: a volunteer hears what to check on the computer, a learner that
/// they can carry on.
enum FailureWording {
    /// The sentence for `error` told to `audience`, or nil for errors the argument parser words
    /// itself (usage mistakes, `--help`, an exit status).
    static func sentence(for error: any Error, audience: Audience) -> String? {
        switch error {
        case let error as StoreError: audience == .learner ? error.message : error.volunteerMessage
        case let error as SessionError: error.message
        case let error as LearnerCodeError: error.message
        default: nil
        }
    }
}
