import Foundation
@testable import TasterStore

/// The two implementations of ``ProgressRecording``, so every behaviour is checked on both.
enum StoreKind: String, CaseIterable, Sendable, CustomStringConvertible {
    case database
    case unsaved

    var description: String { rawValue }

    /// A fresh, empty store of this kind using `clock`.
    func make(clock: TestClock, recordTypedAnswers: Bool = false) throws -> any ProgressRecording {
        switch self {
        case .database:
            return try ProgressDatabase.inMemory(recordTypedAnswers: recordTypedAnswers, now: clock.closure)
        case .unsaved:
            return UnsavedProgress(recordTypedAnswers: recordTypedAnswers, now: clock.closure)
        }
    }
}
