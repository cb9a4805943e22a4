/// A public source that backs the facts in a lesson: what a tutor checked, where, and when.
public struct LessonSource: Sendable, Equatable {
    /// A short name for the source, unique in the lesson, that steps use to say it backs them.
    public var id: String
    /// The source's title, as a volunteer would look for it.
    public var title: String
    /// Its `https://` address, on the allowed links list.
    public var address: String
    /// The day an author last checked the lesson's facts against it.
    public var checked: CalendarDate
    /// Where it is written, for messages.
    public var location: SourceLocation

    /// Creates a source.
    public init(id: String, title: String, address: String, checked: CalendarDate, location: SourceLocation = .start) {
        self.id = id
        self.title = title
        self.address = address
        self.checked = checked
        self.location = location
    }
}
