import Foundation

/// The document a learner receives from ``ProgressRecording/export(code:)``.
public struct ProgressExport: Sendable, Equatable, Codable {
    /// The name and version of this document's layout.
    public static let currentFormat = "taster-progress-export-2"

    /// The layout name and version.
    public var format: String
    /// When the export was made.
    public var exportedAt: Date
    /// The learner.
    public var learner: Learner
    /// Their lessons.
    public var lessons: [LessonProgress]
    /// Their step events, oldest first.
    public var steps: [StoredStep]
    /// The taster sessions they took part in, oldest first.
    public var sessions: [JoinedSession]
    /// Lessons started and completed and hints opened, oldest first.
    public var lessonEvents: [StoredLessonEvent]
    /// Their row in the volunteers' live view, if they are at a terminal now.
    public var liveStatus: LiveStatus?
    /// The language they chose at the welcome (a tag such as `cy`), or nil when they never chose.
    public var preferredLanguage: String?

    /// Creates an export document.
    public init(
        exportedAt: Date, learner: Learner, lessons: [LessonProgress], steps: [StoredStep],
        sessions: [JoinedSession] = [], lessonEvents: [StoredLessonEvent] = [], liveStatus: LiveStatus? = nil,
        preferredLanguage: String? = nil
    ) {
        self.preferredLanguage = preferredLanguage
        self.format = Self.currentFormat
        self.exportedAt = exportedAt
        self.learner = learner
        self.lessons = lessons.sorted { $0.lessonID < $1.lessonID }
        self.steps = steps
        self.sessions = sessions
        self.lessonEvents = lessonEvents
        self.liveStatus = liveStatus
    }

    /// The document as pretty-printed JSON with sorted keys and ISO 8601 dates.
    public func jsonData() throws(StoreError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        do {
            return try encoder.encode(self)
        } catch {
            throw .unexpected(file: "", detail: "the export could not be written as JSON: \(error)")
        }
    }

    /// Reads a document written by ``jsonData()``.
    public static func decode(_ data: Data) throws -> ProgressExport {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(ProgressExport.self, from: data)
    }
}
