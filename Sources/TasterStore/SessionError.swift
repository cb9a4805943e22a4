import Foundation

/// Why a volunteer's session command could not be done: the facts, worded by the catalogue.
public enum SessionError: Error, Equatable, Sendable {
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
}
