import TasterTestSupport
import Testing
@testable import TasterLessons

/// Practice passphrases: the rules, and never repeating what was typed.
@Suite("Checking practice passphrases", .ownThread)
struct SecretCheckingTests {
    /// The default rules: 12 characters and 3 words.
    static let rules = StepKind.secret(SecretPractice(minLength: 12, minWords: 3))

    @Test("Long phrases of several words pass", arguments: [
        "kettle meadow lantern", "Purple-Otter-Runs-Fast", "teapot, biscuit, umbrella", "seven blue fish 42",
    ])
    func strong(input: String) {
        let verdict = Make.check(input, Self.rules)
        #expect(verdict == .correct(feedback: StandardFeedback.strongPassphrase, spelling: nil))
    }

    /// The typed practice line, and a word of the advice expected.
    @Test("Weak lines are told what to improve", arguments: [
        ("password", "common"), ("Password123", "common"), ("p@ssw0rd!", "common"), ("letmein2024", "common"),
        ("123456", "common"), ("QWERTY", "common"), ("i love you", "common"), ("!!iloveyou99", "common"),
        ("short words", "longer"), ("abc def g", "longer"), ("correcthorsebattery", "separate words"),
        ("tiger tiger tiger", "different words"), ("   ", "practice passphrase"),
    ])
    func weak(input: String, advice: String) {
        let verdict = Make.check(input, Self.rules)
        #expect(!verdict.isCorrect)
        #expect(Make.words(of: verdict).contains(advice))
    }

    @Test("What is said never repeats what was typed, or any word of it", arguments: [
        "zebracorn", "Zebracorn Quixotic Flamingo", "zebracorn99", "quixotic-flamingo", "Hunter2Zebracorn",
        "p@ssw0rd", "zebracornquixoticflamingoxylophone",
    ])
    func neverEchoes(input: String) {
        let said = Make.words(of: Make.check(input, Self.rules)).lowercased()
        #expect(!said.contains(input.lowercased()))
        for word in SecretChecker.words(in: input) where word.count >= 4 {
            #expect(!said.contains(word.lowercased()))
        }
    }

    @Test("The rules come from the step", arguments: [
        (SecretPractice(minLength: 25, minWords: 3), "kettle meadow lantern", false),
        (SecretPractice(minLength: 8, minWords: 2), "kettle meadow", true),
        (SecretPractice(minLength: 8, minWords: 5), "kettle meadow lantern violin", false),
    ])
    func rulesFromStep(practice: SecretPractice, input: String, right: Bool) {
        #expect(Make.check(input, .secret(practice)).isCorrect == right)
    }
}
