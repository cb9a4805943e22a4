import TasterStore
import TasterWording

// The English words for the store's errors, as tests compare them. Production code asks its
// own catalogue, chosen for the person reading; tests check the English one.

extension StoreError {
    /// What a learner in the middle of a lesson reads about this error, in English.
    public var message: String { Catalogue.english.words(for: self, duringALesson: true) }
    /// What a volunteer's command says about this error, in English.
    public var volunteerMessage: String { Catalogue.english.words(for: self, duringALesson: false) }
    /// The promise to a learner that the lesson carries on without saving, in English.
    public static var carryOn: String { Catalogue.english.text(.storeCarryOn) }
    /// The sentence said when a newer taster made the file, in English, without the file's name.
    public static var newerVersionSentence: String {
        Catalogue.english.text(.storeNewerVersion, ["file": ""]).replacingOccurrences(of: " (File: )", with: "")
    }
}

extension SessionError {
    /// What a volunteer reads about this error, in English.
    public var message: String { Catalogue.english.words(for: self) }
}

extension LearnerCodeError {
    /// What is said about text that is not a code, in English.
    public var message: String { Catalogue.english.words(for: self) }
}
