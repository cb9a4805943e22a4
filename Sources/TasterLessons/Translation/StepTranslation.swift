/// One step of a lesson in another language, found by the English step's id.
///
/// Every text is optional: a text left out stays in English (and lint says so). The answer's
/// facts (the kind, which options are right, a number's value) are never translated; when a
/// translator copies one in, it is kept only so that lint can check it agrees with the English.
public struct StepTranslation: Sendable, Equatable {
    /// The id of the English step it translates.
    public var id: String
    /// The fingerprint of the English step it was translated from (`fingerprint:`).
    public var fingerprint: String?
    /// Where the step's id is written.
    public var location: SourceLocation
    /// Where `fingerprint` is written, or nil when it is missing.
    public var fingerprintLocation: SourceLocation?
    /// Where the step's first key is written, so that a missing fingerprint can be put above it.
    public var bodyLocation: SourceLocation?

    /// What the learner reads.
    public var text: String?
    /// The volunteer's note.
    public var note: String?
    /// The hints, one at a time.
    public var hints: [String]?
    /// Said after a right answer.
    public var explain: String?
    /// Shown after the last hint.
    public var solution: String?
    /// A screen to recognise, drawn in text.
    public var screen: String?
    /// A choice step's options, in the English order.
    public var options: [OptionTranslation]?
    /// An answer step's accepted answers; the first is the model answer.
    public var accept: [String]?
    /// An answer step's patterns.
    public var patterns: [String]?
    /// An answer step's known wrong answers, with their feedback.
    public var wrongAnswers: [KnownWrongAnswer]?
    /// A number step's feedback for the English step's known wrong values.
    public var wrongNumbers: [KnownWrongNumber]?
    /// A typing drill's text to type.
    public var target: String?
    /// An order step's items, in their right order.
    public var items: [String]?

    /// Answer facts the translator wrote, by key (`kind`, `value`, `pick`, ...), with where:
    /// lint checks that each agrees with the English.
    public var statedFacts: [StatedFact]

    /// An answer fact written in a translation, such as `value: 0.30`.
    public struct StatedFact: Sendable, Equatable {
        /// The key, such as `value`.
        public var key: String
        /// The value as written.
        public var value: String
        /// Where it is written.
        public var location: SourceLocation

        /// Creates a stated fact.
        public init(key: String, value: String, location: SourceLocation) {
            self.key = key
            self.value = value
            self.location = location
        }
    }

    /// Creates a step translation with only its id and fingerprint; set the texts after.
    public init(id: String, fingerprint: String? = nil, location: SourceLocation = .start, fingerprintLocation: SourceLocation? = nil) {
        self.id = id
        self.fingerprint = fingerprint
        self.location = location
        self.fingerprintLocation = fingerprintLocation
        self.statedFacts = []
    }
}
