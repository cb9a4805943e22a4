import Foundation
import TasterLessons
import TasterWording

/// How long an inactive learner's progress is kept, read from `TASTER_RETENTION_DAYS`.
///
/// The purge when taster starts needs no passphrase, so the setting alone must not be able to
/// erase learners who were here last week: below ``shortestAtStart`` days, the start-up purge
/// keeps ``shortestAtStart`` days, and only `taster purge` (which asks for the volunteer
/// passphrase) erases sooner.
struct RetentionSetting: Equatable, Sendable {
    /// The period when nothing is set.
    static let usualDays = 180
    /// The shortest period the start-up purge uses, whatever the setting says.
    static let shortestAtStart = 30

    /// The days as set (at least 1), for `taster purge`, which a volunteer confirms.
    let days: Int
    /// The days the start-up purge uses.
    let daysAtStart: Int
    /// Why the setting was not used as written, in words for a volunteer, or nil.
    let note: String?

    init(variable: String?, catalogue: Catalogue) {
        self.init(text: variable, writtenAs: "TASTER_RETENTION_DAYS=", catalogue: catalogue)
    }

    /// The setting from `text`, which the site wrote as `writtenAs` followed by the text (a
    /// variable, or a line of the settings file), so a note quotes it as written, in the words
    /// of `catalogue`.
    init(text variable: String?, writtenAs: String, catalogue: Catalogue) {
        guard let variable, !variable.isEmpty else {
            self.init(days: Self.usualDays, note: nil)
            return
        }
        guard let number = Int(variable.trimmingCharacters(in: .whitespaces)), number >= 1 else {
            self.init(days: Self.usualDays, note: catalogue.text(.retentionNotANumber, [
                "setting": writtenAs, "value": SafeText.quote(variable), "usual": "\(Self.usualDays)",
            ]))
            return
        }
        self.init(days: number, note: number < Self.shortestAtStart
            ? catalogue.text(.retentionBelowShortest, ["setting": writtenAs, "value": "\(number)", "shortest": "\(Self.shortestAtStart)"])
            : nil)
    }

    private init(days: Int, note: String?) {
        self.days = days
        self.daysAtStart = max(days, Self.shortestAtStart)
        self.note = note
    }

    /// What the start-up purge did, in one sentence for a volunteer, or nil when it erased no one.
    func erasedSentence(erased: Int, catalogue: Catalogue) -> String? {
        erased == 0 ? nil
            : catalogue.text(one: .retentionErasedOne, other: .retentionErasedOther, count: erased, ["days": "\(daysAtStart)"])
    }

}
