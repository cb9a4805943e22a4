import ArgumentParser
import Foundation
import TasterStore
import TasterWording

/// What the volunteer commands share: opening the progress file and reading a learner code,
/// with kind messages when either goes wrong.
enum VolunteerAccess {
    /// The progress file, or an exit with its plain-English reason.
    static func openStore(_ environment: TasterEnvironment, data: DataOptions) throws -> any ProgressStore {
        try store(environment.openStore(data), environment)
    }

    /// The progress file opened for reading only, for commands that only show what it holds
    /// (`session list`, `report`): they work on a full disk or a read-only copy, where opening
    /// to write is refused. Without a file yet it is opened as usual (which makes it).
    static func openStoreForReading(_ environment: TasterEnvironment, data: DataOptions) throws -> any ProgressStore {
        let address = environment.storeAddress(data)
        guard address.storeExists else {
            return try openStore(environment, data: data)
        }
        do {
            return try StoreOpener.openForReading(address, now: environment.clock.now)
        } catch {
            environment.output.writeError(environment.catalogue.words(for: error, duringALesson: false))
            throw ExitCode.failure
        }
    }

    /// The store and the parsed code, once the volunteer passphrase is given: every command that
    /// takes a learner's code shows or changes that learner's data.
    static func open(_ environment: TasterEnvironment, data: DataOptions, code: LearnerCodeArgument) throws -> (any ProgressStore, LearnerCode) {
        let learnerCode = try parse(code, environment)
        try VolunteerGate.require(environment, data: data)
        return (try openStore(environment, data: data), learnerCode)
    }

    /// The learner's code as typed, or an exit with what is wrong with it.
    static func parse(_ code: LearnerCodeArgument, _ environment: TasterEnvironment) throws -> LearnerCode {
        do {
            return try LearnerCode.parse(code.text)
        } catch {
            environment.output.writeError(environment.catalogue.words(for: error))
            throw ExitCode.failure
        }
    }

    /// The store `opened` holds, or an exit with the plain-English reason it could not be opened.
    static func store(_ opened: Result<any ProgressStore, StoreError>, _ environment: TasterEnvironment) throws -> any ProgressStore {
        switch opened {
        case .success(let store): return store
        case .failure(let error):
            environment.output.writeError(environment.catalogue.words(for: error, duringALesson: false))
            throw ExitCode.failure
        }
    }

    /// The error for a code nobody has.
    static func unknown(_ code: LearnerCode, _ environment: TasterEnvironment) -> ExitCode {
        environment.output.writeError(environment.catalogue.text(.learnerNotFound, ["code": code.rawValue]))

        return ExitCode.failure
    }

    /// A date as a day, such as 2026-11-30.
    static func day(_ date: Date) -> String {
        String(ISO8601DateFormatter().string(from: date).prefix(10))
    }
}
