@testable import TasterLessons
import TasterWording

/// Small builders so that test tables stay short.
enum Make {
    /// A step of the given kind with placeholder text.
    static func step(_ kind: StepKind, solution: String? = nil) -> Step {
        Step(text: "Question text.", solution: solution, kind: kind)
    }

    /// Checks `input` against a step of `kind`.
    static func check(_ input: String, _ kind: StepKind) -> AnswerVerdict {
        AnswerChecker.check(input, against: step(kind))
    }

    /// The feedback or advice carried by any verdict, in English, for assertions about wording.
    static func words(of verdict: AnswerVerdict) -> String {
        switch verdict {
        case .correct(let feedback, _): feedback.map(Catalogue.english.text(of:)) ?? ""
        case .incorrect(let feedback): Catalogue.english.text(of: feedback)
        case .mismatch(let expected, _, _): expected
        case .unreadable(let advice): Catalogue.english.text(of: advice)
        }
    }

    /// Whether the verdict is "cannot be read as an answer".
    static func isUnreadable(_ verdict: AnswerVerdict) -> Bool {
        if case .unreadable = verdict { return true }
        return false
    }

    /// Whether the verdict is "not right".
    static func isIncorrect(_ verdict: AnswerVerdict) -> Bool {
        if case .incorrect = verdict { return true }
        return false
    }

    /// A solution in English, as a learner reads it.
    static func english(_ solution: StepSolution?) -> String? {
        solution.map(Catalogue.english.text(of:))
    }
}
