import Foundation
@testable import TasterStore
import TasterServiceStore
import TasterTestSupport
import Testing

/// Every store backend, in one list: each contract suite takes its backends from
/// `StoreKind.allCases`, so a new backend is one case here and gets every contract test at once.
enum StoreKind: String, CaseIterable, Sendable, CustomStringConvertible {
    /// The SQLite store (``ProgressDatabase``), on an in-memory database.
    case sqlite
    /// The store kept in memory (``MemoryProgressStore``), which the unsaved fallback also uses.
    case memory
    /// The library service's store (``ServiceProgressStore``) on the test PostgreSQL server that
    /// `make test` starts, each test on a database of its own.
    case postgres

    /// Every backend this run can test: PostgreSQL whenever the test server is there, and always
    /// in CI, where a missing server fails each of its tests rather than leaving them out.
    static var allCases: [StoreKind] {
        TestServer.address != nil || TestServer.mustRun ? [.sqlite, .memory, .postgres] : [.sqlite, .memory]
    }

    var description: String { rawValue }

    /// Whether progress outlives the store object: only on the server, since the file backend
    /// runs on an in-memory database here.
    var isPersistent: Bool { self == .postgres }

    /// The branch the PostgreSQL stores in these tests are opened for.
    static let branch = "Halifax Central"

    /// A fresh, empty store of this kind using `clock`.
    func make(clock: ManualClock, recordTypedAnswers: Bool = false) throws -> any ProgressStore {
        switch self {
        case .sqlite: try ProgressDatabase.inMemory(recordTypedAnswers: recordTypedAnswers, now: clock.closure)
        case .memory: MemoryProgressStore(recordTypedAnswers: recordTypedAnswers, now: clock.closure)
        case .postgres:
            try ServiceProgressStore.open(
                try TestServer.makeDatabase(), branch: Self.branch, recordTypedAnswers: recordTypedAnswers, now: clock.closure)
        }
    }
}
