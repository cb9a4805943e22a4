import TasterTestSupport
import Testing
@testable import TasterLessons
import TasterWording

/// The forgiving rules for free-text answers, in their order.
@Suite("Checking free-text answers", .ownThread)
struct TextAnswerCheckingTests {
    /// A question with answers, a pattern and a foreseen wrong answer.
    static let padlock = StepKind.answer(TextQuestion(
        accept: ["padlock", "a padlock", "Don't click"],
        patterns: ["(the )?lock( icon)?"],
        wrong: [KnownWrongAnswer(answer: "http", feedback: "http has no s: it is not private.")]
    ))

    @Test("Case, spaces, trailing punctuation and curly apostrophes are forgiven", arguments: [
        "padlock", "PADLOCK", "  Padlock  ", "Padlock.", "padlock!", "a   padlock", "A Padlock?",
        "don\u{2019}t click", "DON'T CLICK.", "Don\u{2018}t  click!",
    ])
    func exactAnswersAreAccepted(input: String) {
        #expect(Make.check(input, Self.padlock) == .correct(feedback: nil, spelling: nil))
    }

    @Test("Patterns must match the whole answer, ignoring case", arguments: [
        ("lock", true), ("The lock", true), ("the lock icon.", true), ("LOCK ICON", true),
        ("a lock", false), ("lockers", false), ("lock icons please", false),
    ])
    func patterns(input: String, accepted: Bool) {
        #expect(Make.check(input, Self.padlock).isCorrect == accepted)
    }

    @Test("An invalid pattern matches nothing and does not crash", arguments: ["(unclosed", "[a-", "*"])
    func invalidPattern(pattern: String) {
        let kind = StepKind.answer(TextQuestion(accept: ["padlock"], patterns: [pattern]))
        #expect(Make.check("unclosed", kind) == .incorrect(feedback: StandardFeedback.notQuite))
        #expect(Make.check("padlock", kind).isCorrect)
        #expect(AnswerPattern.problem(with: pattern) != nil)
    }

    @Test("A valid pattern has no problem")
    func validPattern() {
        #expect(AnswerPattern.problem(with: "(the )?lock") == nil)
    }

    @Test("A known wrong answer gets its own feedback", arguments: ["http", "HTTP.", " http "])
    func knownWrong(input: String) {
        #expect(Make.check(input, Self.padlock) == .incorrect(feedback: "http has no s: it is not private."))
    }

    @Test("Anything else gets the kind generic sentence", arguments: ["bank", "key", "the padlock icon thing"])
    func otherWrong(input: String) {
        #expect(Make.check(input, Self.padlock) == .incorrect(feedback: StandardFeedback.notQuite))
    }

    /// Typo boundaries: the accepted word, what is typed, and the spelling reported (nil: not forgiven).
    @Test("Typos are forgiven by word length", arguments: [
        ("safe", "safr", nil as String?),           // 4 letters: no typo forgiven
        ("safe", "sfae", nil),
        ("phone", "phine", "phone"),              // 5 letters, 1 edit
        ("phone", "hpone", "phone"),              // 5 letters, swapped neighbours count as 1 edit
        ("phone", "pjine", nil),                  // 5 letters, 2 edits
        ("password", "pasword", "password"),      // 8 letters, 1 edit
        ("passwords", "paswords", "passwords"),   // 9 letters, 1 edit
        ("passwords", "paswwords", "passwords"),  // 9 letters, 1 substitution
        ("passwords", "pasvvords", nil),          // 9 letters, 2 edits
        ("passwords", "passwordsss", nil),        // 9 letters, 2 insertions
        ("connection", "conection", "connection"),  // 10 letters, 1 edit
        ("connection", "conecton", "connection"),   // 10 letters, 2 edits
        ("connection", "conectn", nil),             // 10 letters, 3 edits
        ("Wi-Fi router", "wi-fi ruoter", "Wi-Fi router"),  // each word judged by its own length
        ("the padlock", "teh padlock", nil),        // 3-letter word has no typo allowance
        ("padlock icon", "padlock", nil),           // different number of words
    ])
    func typoBoundaries(accepted: String, typed: String, spelling: String?) {
        let kind = StepKind.answer(TextQuestion(accept: [accepted]))
        if let spelling {
            #expect(Make.check(typed, kind) == .correct(feedback: nil, spelling: spelling))
        } else {
            #expect(Make.check(typed, kind) == .incorrect(feedback: StandardFeedback.notQuite))
        }
    }

    @Test("Typos are not forgiven when the author turns it off")
    func typosOff() {
        let kind = StepKind.answer(TextQuestion(accept: ["password"], forgiveTypos: false))
        #expect(Make.check("pasword", kind) == .incorrect(feedback: StandardFeedback.notQuite))
        #expect(Make.check("Password.", kind).isCorrect)
    }

    @Test("Known wrong answers are recognised even when typos are not forgiven")
    func knownWrongWithoutTypos() {
        let kind = StepKind.answer(TextQuestion(
            accept: ["https"], wrong: [KnownWrongAnswer(answer: "http", feedback: "No s.")], forgiveTypos: false
        ))
        #expect(Make.check("HTTP", kind) == .incorrect(feedback: "No s."))
    }

    @Test("Accepted answers and patterns are tried before known wrong answers")
    func acceptedBeforeWrong() {
        let kind = StepKind.answer(TextQuestion(
            accept: ["lock"], patterns: ["lock(ed)?"],
            wrong: [KnownWrongAnswer(answer: "lock", feedback: "Shadowed."), KnownWrongAnswer(answer: "locked", feedback: "Shadowed.")]
        ))
        #expect(Make.check("lock", kind).isCorrect)
        #expect(Make.check("Locked", kind).isCorrect)
    }

    @Test("A known wrong answer within typo distance of a right one is reported wrong", arguments: [
        ("https", "http", "http", "http has no s: it is not private."),
        ("https", "HTTP.", "http", "http has no s: it is not private."),
        ("stationery", "stationary", "stationary", "Stationery, with an e, is paper and pens."),
        ("affected", "effected", "effected", "Affected, with an a."),
        // A near-miss of the wrong answer gets its feedback when it is at least as near as the right one.
        ("affected", "efected", "effected", "Affected, with an a."),
        // A tie between a right and a wrong answer goes to the wrong one.
        ("affected", "iffected", "effected", "Affected, with an a."),
    ])
    func knownWrongBeatsTypo(accepted: String, typed: String, wrong: String, feedback: String) {
        let kind = StepKind.answer(TextQuestion(
            accept: [accepted], wrong: [KnownWrongAnswer(answer: wrong, feedback: feedback)]
        ))
        #expect(TypoDistance.phraseDistance(typed: ForgivingText.normalized(wrong), expected: accepted) != nil)
        #expect(Make.check(typed, kind) == .incorrect(feedback: .authored(feedback)))
    }

    @Test("A typo nearer the right answer than the wrong one is forgiven")
    func typoNearerRight() {
        let kind = StepKind.answer(TextQuestion(
            accept: ["affected"], wrong: [KnownWrongAnswer(answer: "effected", feedback: "With an a.")]
        ))
        #expect(Make.check("afected", kind) == .correct(feedback: nil, spelling: "affected"))
    }

    @Test("An empty line asks for an answer", arguments: ["", "   ", " . "])
    func empty(input: String) {
        #expect(Make.check(input, Self.padlock) == .unreadable(advice: StandardFeedback.typeAnAnswer))
    }
}
