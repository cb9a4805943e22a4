import Foundation

/// Why a copy could not be merged into a store; nothing of it was kept there.
public enum StoreCopyError: Error, Equatable, Sendable {
    /// The store could not be read or written.
    case store(StoreError)
    /// The copy holds a session still open, and the store already has another open session (in
    /// the same branch): only one may be open, so one of them must be ended first.
    case bothHaveOpenSessions(copied: String, there: String)
}
