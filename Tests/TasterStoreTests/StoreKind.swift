import Foundation
@testable import TasterStore
import TasterTestSupport

/// Every store backend, in one list: each contract suite takes its backends from
/// `StoreKind.allCases`, so a new backend (PostgreSQL for a library service) is one case here and
/// gets every contract test at once.
enum StoreKind: String, CaseIterable, Sendable, CustomStringConvertible {
    /// The SQLite store (``ProgressDatabase``), on an in-memory database.
    case sqlite
    /// The store kept in memory (``MemoryProgressStore``), which the unsaved fallback also uses.
    case memory

    var description: String { rawValue }

    /// A fresh, empty store of this kind using `clock`.
    func make(clock: ManualClock, recordTypedAnswers: Bool = false) throws -> any ProgressStore {
        switch self {
        case .sqlite: try ProgressDatabase.inMemory(recordTypedAnswers: recordTypedAnswers, now: clock.closure)
        case .memory: MemoryProgressStore(recordTypedAnswers: recordTypedAnswers, now: clock.closure)
        }
    }
}
