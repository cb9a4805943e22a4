import Foundation

/// How many unknown learner codes have been typed at this terminal lately, kept across learners
/// (and, in the data folder, across restarts and kiosk turns), so the pause that slows guessing
/// cannot be reset by pressing Ctrl-D or starting taster again.
public protocol WrongCodeTally: Sendable {
    /// Counts one more unknown code at `now` and returns how many there have been at this
    /// terminal without a quiet spell of ``WrongCodeCount/quietSpell`` between them.
    func addWrongCode(now: Date) -> Int
}

/// The count as it is kept: how many, and when the last was typed.
public struct WrongCodeCount: Codable, Equatable, Sendable {
    /// Unknown codes since the last quiet spell.
    public var count: Int
    /// When the last one was typed.
    public var lastAt: Date

    /// After this long with no unknown code, the count starts again: a real learner who
    /// mistyped a code last week is not made to wait.
    public static let quietSpell: TimeInterval = 15 * 60

    /// The count after one more unknown code at `now`.
    public func adding(at now: Date) -> WrongCodeCount {
        let stale = now.timeIntervalSince(lastAt) >= Self.quietSpell || now < lastAt.addingTimeInterval(-60)
        return WrongCodeCount(count: stale ? 1 : count + 1, lastAt: now)
    }
}

/// A tally kept only while taster runs (previews and tests, or when the data folder cannot be used).
public final class MemoryWrongCodeTally: WrongCodeTally, @unchecked Sendable {
    private let lock = NSLock()
    private var current: WrongCodeCount?

    /// An empty tally.
    public init() {}

    public func addWrongCode(now: Date) -> Int {
        lock.withLock {
            let next = current?.adding(at: now) ?? WrongCodeCount(count: 1, lastAt: now)
            current = next
            return next.count
        }
    }
}

/// A tally in a small file in the data folder, one per terminal (named from the computer and the
/// account, hashed so the name says nothing), readable only by its owner.
public struct FileWrongCodeTally: WrongCodeTally {
    /// The file.
    public let url: URL
    /// Kept in memory as well, so a file that cannot be written still slows guessing for this run.
    private let fallback = MemoryWrongCodeTally()

    /// The tally for terminal `terminal` in the data folder `folder`.
    public init(folder: URL, terminal: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in terminal.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        url = folder.appendingPathComponent("wrong-codes-\(String(hash, radix: 16))")
    }

    /// This terminal's name: the computer's name and the account taster runs as. Not the
    /// terminal device: a new window gets a new one, and closing the window must not reset
    /// the count.
    public static func terminalName() -> String {
        ProcessInfo.processInfo.hostName + " uid \(getuid())"
    }

    public func addWrongCode(now: Date) -> Int {
        let inMemory = fallback.addWrongCode(now: now)
        let stored = (try? Data(contentsOf: url)).flatMap { try? JSONDecoder().decode(WrongCodeCount.self, from: $0) }
        let next = stored?.adding(at: now) ?? WrongCodeCount(count: 1, lastAt: now)
        guard let data = try? JSONEncoder().encode(next) else { return max(inMemory, next.count) }
        // Written whole and then renamed, so a terminal stopped mid-write leaves the old count.
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid())")
        if FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600]) {
            if rename(temporary.path, url.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        }
        return max(inMemory, next.count)
    }
}
