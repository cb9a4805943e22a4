import Foundation
import TasterStore

extension Catalogue {
    /// What happened to the progress store and what can be done, told to a learner in the
    /// middle of a lesson (which carries on without saving) or to a volunteer whose command stops.
    public func words(for error: StoreError, duringALesson: Bool) -> String {
        let carryOn = text(duringALesson ? .storeCarryOn : .storeNothingChanged)
        func pick(_ learner: WordKey, _ volunteer: WordKey) -> WordKey { duringALesson ? learner : volunteer }
        switch error {
        case .folderCannotBeCreated(let folder, let reason):
            return text(pick(.storeFolderCannotBeCreatedLearner, .storeFolderCannotBeCreatedVolunteer), ["folder": folder, "reason": reason, "carryOn": carryOn])
        case .folderNotWritable(let folder):
            return text(pick(.storeFolderNotWritableLearner, .storeFolderNotWritableVolunteer), ["folder": folder, "carryOn": carryOn])
        case .readOnlyFile(let file):
            return text(pick(.storeReadOnlyFileLearner, .storeReadOnlyFileVolunteer), ["file": file, "carryOn": carryOn])
        case .diskFull(let file):
            return text(pick(.storeDiskFullLearner, .storeDiskFullVolunteer), ["folder": Self.folder(of: file)])
        case .corruptFile(let file):
            return text(pick(.storeCorruptFileLearner, .storeCorruptFileVolunteer), ["file": file, "carryOn": carryOn])
        case .newerVersion(let file):
            return text(.storeNewerVersion, ["file": file])
        case .busy(let file):
            return text(pick(.storeBusyLearner, .storeBusyVolunteer), ["file": file])
        case .unknownLearner(let code):
            return text(pick(.storeUnknownLearnerLearner, .storeUnknownLearnerVolunteer), ["code": code])
        case .untrusted(let path, let reason):
            return text(pick(.storeUntrustedLearner, .storeUntrustedVolunteer), ["path": path, "reason": reason, "carryOn": carryOn])
        case .unexpected(let file, let detail):
            return text(pick(.storeUnexpectedLearner, .storeUnexpectedVolunteer), ["place": file.isEmpty ? "" : " \(file)", "detail": detail, "carryOn": carryOn])
        case .serverUnreachable(let address, let detail):
            return text(pick(.storeServerUnreachableLearner, .storeServerUnreachableVolunteer), ["address": address, "detail": detail, "carryOn": carryOn])
        case .serverRefusedLogIn(let address):
            return text(pick(.storeServerRefusedLogInLearner, .storeServerRefusedLogInVolunteer), ["address": address, "carryOn": carryOn])
        case .serverTooOld(let address, let version, let needed):
            return text(.storeServerTooOld, ["address": address, "version": Self.postgresVersion(version), "needed": Self.postgresVersion(needed)])
        case .serverNewerSchema(let address):
            return text(.storeServerNewerSchema, ["address": address])
        case .serverFailed(let address, let detail):
            return text(pick(.storeServerFailedLearner, .storeServerFailedVolunteer), ["address": address, "detail": detail, "carryOn": carryOn])
        case .serverNotAllowed(let address):
            return text(pick(.storeServerNotAllowedLearner, .storeServerNotAllowedVolunteer), ["address": address, "carryOn": carryOn])
        case .serverSchemaBehind(let address):
            return text(pick(.storeServerSchemaBehindLearner, .storeServerSchemaBehindVolunteer), ["address": address, "carryOn": carryOn])
        case .branchesNeedAService:
            return text(.storeBranchesNeedAService)
        }
    }

    /// Why a volunteer's session command could not be done, and what to do.
    public func words(for error: SessionError) -> String {
        switch error {
        case .alreadyOpen(let name, let startedAt):
            let time = startedAt.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false).timeSeparator(.colon))
            return text(.sessionAlreadyOpen, ["name": name, "time": time])
        case .noneOpen:
            return text(.sessionNoneOpen)
        case .emptyName:
            return text(.sessionEmptyName)
        case .nameTooLong(let name, let limit):
            return text(.sessionNameTooLong, ["start": String(name.prefix(40)), "limit": "\(limit)"])
        case .store(let error):
            return words(for: error, duringALesson: false)
        }
    }

    /// What is wrong with text typed as a learner code, and what a code looks like.
    public func words(for error: LearnerCodeError) -> String {
        let example = text(.codeExample)
        switch error {
        case .empty: return text(.codeEmpty, ["example": example])
        case .wrongShape(let typed): return text(.codeWrongShape, ["text": typed, "example": example])
        case .unknownWord(let word, let typed): return text(.codeUnknownWord, ["word": word, "text": typed, "example": example])
        case .badNumber(let digits, let typed): return text(.codeBadNumber, ["digits": digits, "text": typed, "example": example])
        }
    }

    /// Why the live view marks a learner as needing help, in a few words.
    public func words(for reason: LiveStatus.HelpReason) -> String {
        switch reason {
        case .handRaised: text(.helpReasonHandRaised)
        case .wrongAttempts: text(.helpReasonWrongAttempts)
        case .idle: text(.helpReasonIdle)
        }
    }

    /// A `server_version_num` (150018) as PostgreSQL writes it (15.18).
    private static func postgresVersion(_ number: Int) -> String {
        "\(number / 10_000).\(number % 10_000)"
    }

    private static func folder(of file: String) -> String {
        URL(fileURLWithPath: file).deletingLastPathComponent().path
    }
}
