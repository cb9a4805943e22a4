@testable import TasterLessons

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

    /// The feedback or advice carried by any verdict, for assertions about wording.
    static func words(of verdict: AnswerVerdict) -> String {
        switch verdict {
        case .correct(let feedback, _): feedback ?? ""
        case .incorrect(let feedback): feedback
        case .mismatch(let expected, _, _): expected
        case .unreadable(let advice): advice
        }
    }
}
