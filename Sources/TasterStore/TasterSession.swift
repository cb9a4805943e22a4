import Foundation

/// A taster session: a named stretch of time (such as an afternoon's drop-in) that learners'
/// activity is counted towards.
public struct TasterSession: Sendable, Equatable, Codable {
    /// The row id.
    public var id: Int64
    /// The name the volunteer gave it, such as "Tuesday taster".
    public var name: String
    /// When it was started.
    public var startedAt: Date
    /// When it was ended; nil while it is open.
    public var endedAt: Date?

    /// Creates a session value.
    public init(id: Int64, name: String, startedAt: Date, endedAt: Date? = nil) {
        self.id = id
        self.name = name
        self.startedAt = startedAt
        self.endedAt = endedAt
    }

    /// Whether the session is still open.
    public var isOpen: Bool { endedAt == nil }

    /// The longest session name accepted.
    public static let nameLimit = 80

    /// A session name as stored and compared: control characters removed, spaces tidied.
    public static func cleanName(_ name: String) -> String {
        let visible = name.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }
        return String(String.UnicodeScalarView(visible))
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
