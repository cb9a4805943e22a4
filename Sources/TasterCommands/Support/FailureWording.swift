import ArgumentParser
import Foundation
import TasterShell

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
        case let error as LanguageChoiceError:
            catalogue.text(.languageUnknown, ["language": TerminalSafeText.safe(error.asked, allowingOwnSequences: false), "source": error.source, "known": error.installed.joined(separator: ", ")])
        case let error as SignalWatcher.StartError: words(for: error, in: catalogue)
        default: nil
        }
    }

    /// Why the terminal's signals cannot be watched, framed as the argument parser frames an
    /// error, as it was before this error was worded here.
    static func words(for error: SignalWatcher.StartError, in catalogue: Catalogue) -> String {
        let sentence = switch error {
        case .alreadyActive:
            catalogue.text(.signalWatcherAlreadyActive)
        case .systemCallFailed(let call, let errorNumber):
            catalogue.text(.signalWatcherFailed, ["call": call, "number": "\(errorNumber)", "reason": String(cString: strerror(errorNumber))])
        }
        return catalogue.text(.errorFraming, ["sentence": sentence])
    }

    /// Why the store named cannot be used, and what to do.
    static func words(for error: StoreChoiceError, in catalogue: Catalogue) -> String {
        func shown(_ address: String?) -> String { address ?? catalogue.text(.addressUnreadable) }
        switch error {
        case .passwordOnCommandLine(let address):
            return catalogue.text(.storePasswordOnCommandLine, ["address": shown(address)])
        case .passwordInAddress(let address, let source):
            return catalogue.text(.storePasswordInAddress, ["address": shown(address), "source": source])
        case .notUnderstood(let problem, let source):
            let detail = switch problem {
            case .unreadableURI: catalogue.text(.addressNotAURI)
            case .noValue(let keyword): catalogue.text(.addressNoValue, ["keyword": keyword])
            }
            return catalogue.text(.storeAddressNotUnderstood, ["detail": detail, "source": source])
        case .serviceNeedsBranch(let address, let source):
            return catalogue.text(.storeServiceNeedsBranch, ["address": shown(address), "source": source])
        }

    }
}
