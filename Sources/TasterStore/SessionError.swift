import Foundation

/// Why a volunteer's session command could not be done, in words a volunteer can act on.
public enum SessionError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// A session is already open; only one can be open at a time.
    case alreadyOpen(name: String, startedAt: Date)
    /// No session is open.
    case noneOpen
    /// The name was empty or only spaces.
    case emptyName
    /// The name is longer than ``TasterSession`` names may be.
    case nameTooLong(name: String, limit: Int)
    /// The progress file could not be used.
    case store(StoreError)

    /// A plain-English account of what happened and what to do.
    public var message: String {
        switch self {
        case .alreadyOpen(let name, let startedAt):
            let time = startedAt.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false).timeSeparator(.colon))
            return "The session \"\(name)\" is still open (started \(time) UTC). Only one session can be open at a time: end it first with `taster session end`, then start the new one."
        case .noneOpen:
            return "No session is open, so there is nothing to end. Start one with `taster session start \"Tuesday taster\"`."
        case .emptyName:
            return "Please give the session a name, for example `taster session start \"Tuesday taster\"`."
        case .nameTooLong(let name, let limit):
            return "The session name \"\(name.prefix(40))...\" is too long. Please use at most \(limit) characters."
        case .store(let error):
            return error.volunteerMessage
        }
    }

    /// The same as ``message``.
    public var description: String { message }

    /// The same as ``message``.
    public var errorDescription: String? { message }
}
