import Foundation
import GRDB

/// What a learner did at this terminal while the library service's server could not be reached,
/// kept until the server has it: a small SQLite file of its own, `outbox.sqlite` in the data
/// folder, made with mode 0600 before SQLite opens it (never loosened and tightened after).
///
/// It is a file of its own rather than a table in `progress.sqlite`: a terminal on a library
/// service never uses the progress file, the outbox holds only events waiting to be sent (so it
/// is empty most of the time), and it keeps its own migrations (``migrationNames``), which
/// never meet the progress file's.
///
/// Events are kept in the order they happened. ``send(to:batchSize:)`` sends them oldest first,
/// each batch in one transaction on the server, and crosses a batch off only after the server
/// committed it; if taster stops in between, the next send repeats the batch and the server
/// absorbs it by the events' ids.
public final class Outbox: Sendable {
    /// The file's name inside the data folder.
    public static let fileName = "outbox.sqlite"
    /// The outbox's own migrations, by fixed name, never edited once shipped.
    public static let migrationNames = ["outbox-1-events"]

    /// The outbox file.
    public let file: URL
    private let queue: DatabaseQueue

    private init(file: URL, queue: DatabaseQueue) {
        self.file = file
        self.queue = queue
    }

    /// Opens (creating, with mode 0600, if needed) the outbox in `folder`.
    public static func open(in folder: URL) throws(StoreError) -> Outbox {
        try DataFolder.prepare(folder)
        let file = folder.appendingPathComponent(fileName)
        let sharing = try FolderSharing.of(folder)
        try DataFolder.prepareDatabaseFile(file, sharing: sharing)
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(5)
            // A sent or forgotten event is overwritten, not left in a free page: a kiosk's
            // outbox keeps nothing of a learner once their events reached the server.
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
            let queue = try DatabaseQueue(path: file.path, configuration: configuration)
            var migrator = DatabaseMigrator()
            migrator.registerMigration(migrationNames[0]) { db in
                // `seq` keeps the order the events happened in; `id` is made at the terminal
                // and sent with the event.
                try db.execute(sql: """
                    CREATE TABLE outbox_event (
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        id TEXT NOT NULL UNIQUE,
                        learner_code TEXT NOT NULL,
                        happened_at REAL NOT NULL,
                        change TEXT NOT NULL
                    );
                    CREATE INDEX outbox_event_on_learner_code ON outbox_event (learner_code);
                    """)
            }
            try migrator.migrate(queue)
            return Outbox(file: file, queue: queue)
        } catch {
            throw StoreError.from(error, file: file.path)
        }
    }

    /// Whether an outbox file has been made in `folder`.
    public static func exists(in folder: URL) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(fileName).path)
    }

    /// Keeps `event`, after the ones already waiting.
    public func append(_ event: OutboxEvent) throws(StoreError) {
        let change: String
        do {
            change = String(decoding: try JSONEncoder().encode(event.change), as: UTF8.self)
        } catch {
            throw .unexpected(file: file.path, detail: "an outbox event could not be written: \(error)")
        }
        try run { db in
            try db.execute(
                sql: "INSERT INTO outbox_event (id, learner_code, happened_at, change) VALUES (?, ?, ?, ?)",
                arguments: [event.id.uuidString, event.code.rawValue, event.at.timeIntervalSince1970, change])
        }
    }

    /// The oldest `limit` events waiting, oldest first.
    public func waiting(limit: Int = .max) throws(StoreError) -> [OutboxEvent] {
        try run { db in
            try Row.fetchAll(db, sql: "SELECT id, learner_code, happened_at, change FROM outbox_event ORDER BY seq LIMIT ?",
                             arguments: [limit]).compactMap(Self.event(from:))
        }
    }

    /// How many events wait, and when the oldest happened (nil when none waits).
    public func backlog() throws(StoreError) -> (count: Int, oldest: Date?) {
        try run { db in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM outbox_event") ?? 0
            let oldest = try Double.fetchOne(db, sql: "SELECT happened_at FROM outbox_event ORDER BY seq LIMIT 1")
            return (count, oldest.map { Date(timeIntervalSince1970: $0) })
        }
    }

    /// Crosses off events the server has committed.
    public func remove(_ ids: [UUID]) throws(StoreError) {
        try run { db in
            for id in ids { try db.execute(sql: "DELETE FROM outbox_event WHERE id = ?", arguments: [id.uuidString]) }
        }
    }

    /// Forgets every event waiting for this learner (as `learner forget` does at this
    /// terminal); returns how many there were.
    @discardableResult
    public func forget(code: LearnerCode) throws(StoreError) -> Int {
        try run { db in
            try db.execute(sql: "DELETE FROM outbox_event WHERE learner_code = ?", arguments: [code.rawValue])
            return db.changesCount
        }
    }

    /// Sends what waits to `store`, oldest first, `batchSize` events per transaction, each batch
    /// crossed off only once the server committed it. Returns how many were sent; stops at the
    /// first batch the server does not take, throwing its error, with that batch and the ones
    /// after it still waiting.
    @discardableResult
    public func send(to store: any OutboxReceiving, batchSize: Int = 100) throws(StoreError) -> Int {
        var sent = 0
        while true {
            let batch = try waiting(limit: batchSize)
            if batch.isEmpty { return sent }
            try store.receive(batch)
            try remove(batch.map(\.id))
            sent += batch.count
        }
    }

    /// One event from its row; nil for a row this version cannot read (never written by it).
    private static func event(from row: Row) -> OutboxEvent? {
        guard let idText: String = row["id"], let id = UUID(uuidString: idText),
              let codeText: String = row["learner_code"], let code = LearnerCode(codeText),
              let at: Double = row["happened_at"], let changeText: String = row["change"],
              let change = try? JSONDecoder().decode(OutboxEvent.Change.self, from: Data(changeText.utf8))
        else { return nil }
        return OutboxEvent(id: id, code: code, at: Date(timeIntervalSince1970: at), change: change)
    }

    /// Runs `body` in one write transaction, with errors as ``StoreError``.
    private func run<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.write { db in try body(db) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.from(error, file: file.path)
        }
    }
}
