import Foundation

/// The way to the library service's server for a terminal that keeps an ``Outbox``: the outbox
/// in the data folder, and how to open the server's store again once it answers.
///
/// The shell holds one when the store is a library service's; with the embedded store there is
/// none, and a store that fails falls back to unsaved progress as before.
public final class OutboxRoute: @unchecked Sendable {
    /// The outbox in the data folder.
    public let outbox: Outbox
    /// Opens the server's store; throws while it cannot be reached.
    private let connect: () throws(StoreError) -> any ProgressStore
    private let lock = NSLock()

    /// A route through `outbox` to the store `connect` opens.
    public init(outbox: Outbox, connect: @escaping () throws(StoreError) -> any ProgressStore) {
        self.outbox = outbox
        self.connect = connect
    }

    /// Whether a store failure means the server could not be reached (or would not let this
    /// computer log in), so what the learner does is kept in the outbox; other failures are not
    /// the network's and fall back as before.
    public static func keepsInOutbox(_ error: StoreError) -> Bool {
        switch error {
        // A database waiting for the IT team's update is as good as away for a terminal.
        case .serverUnreachable, .serverRefusedLogIn, .serverFailed, .serverSchemaBehind: true
        default: false
        }
    }

    /// Sends what waits in the outbox to `store` (when it receives events); the store itself
    /// when everything was sent, and throws while the server does not take it.
    @discardableResult
    public func send(to store: any ProgressStore) throws(StoreError) -> Int {
        lock.lock()
        defer { lock.unlock() }
        guard let receiver = store as? any OutboxReceiving else { return 0 }
        return try outbox.send(to: receiver)
    }

    /// Opens the server's store again and sends everything waiting; the store once the outbox
    /// is empty, or the error while the server cannot be reached.
    public func reconnectAndSend() throws(StoreError) -> any ProgressStore {
        let store = try connect()
        try send(to: store)
        return store
    }

    /// Keeps `changes` for `code` at `time`, in order; false when the outbox could not keep them.
    public func keep(_ changes: [OutboxEvent.Change], code: LearnerCode, at time: Date) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        do {
            for change in changes { try outbox.append(OutboxEvent(code: code, at: time, change: change)) }
            return true
        } catch {
            return false
        }
    }
}
