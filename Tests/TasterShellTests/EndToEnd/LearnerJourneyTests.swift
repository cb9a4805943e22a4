import Foundation
import TasterTestSupport
import Testing

/// A new learner works through the fixture lesson in a real terminal, leaves with Ctrl-D, and
/// comes back with their code to carry on at the same step.
@Suite(.enabled(if: !EditLineChildProgram.isChild), .ownThread)
struct LearnerJourneyTests {
    @Test func newLearnerLeavesAndComesBackToTheSameStep() throws {
        let data = try ScratchFolder()
        let code: String
        do {
            let term = try TasterProgram.startSession(data: data)
            defer { term.close() }
            try term.answer("Type 1 or 2: ", with: "1")
            let codeScreen = try term.waitFor("Press Enter when you have written it down: ")
            code = try #require(TasterProgram.learnerCode(in: codeScreen), "No learner code on the screen:\n\(codeScreen)")
            try term.waitForRawMode()
            try term.type("\r")
            try term.answer("Type a lesson number, or quit to leave: ", with: "1")

            try term.waitFor("Step 1 of 7")
            try term.answer("Press Enter to carry on: ", with: "")

            try term.waitFor("Step 2 of 7")
            try term.answer("Your answer: ", with: "2")
            try term.waitFor("not that the shop is")
            try term.answer("Your answer: ", with: "hint")
            try term.waitFor("Hint 1 of 2")

            // Tab completes "hi" to the command word "hint" on the learner's line.
            try term.waitForPrompt("Your answer: ")
            try term.type("hi\t")
            try term.waitFor("hint")
            try term.type("\r")
            try term.waitFor("Hint 2 of 2")
            try term.answer("Your answer: ", with: "1")
            try term.waitFor("Correct!")

            try term.waitFor("Step 3 of 7")
            try term.answer("Your answer: ", with: "attachmnt")
            try term.waitFor("Correct!")
            try term.waitFor("(The exact spelling is: attachment)")

            try term.waitFor("Step 4 of 7")
            try term.answer("Your answer: ", with: "£250.00")
            try term.waitFor("Correct!")

            try term.waitFor("Step 5 of 7")
            try term.waitForPrompt("Your answer: ")
            try term.sendControl("d")
            #expect(try term.waitForExit(timeout: 15) == .exited(0))
            let goodbye = term.screenText.components(separatedBy: "Step 5 of 7").last ?? ""
            #expect(goodbye.contains("Goodbye"))
            #expect(goodbye.contains(code), "The goodbye should show the code again:\n\(goodbye)")
        }

        // Back again: the code typed in capitals with spaces instead of hyphens.
        let term = try TasterProgram.startSession(data: data)
        defer { term.close() }
        try term.answer("Type 1 or 2: ", with: "2")
        let shouted = "  " + code.uppercased().replacingOccurrences(of: "-", with: " ") + " "
        try term.answer("Learner code: ", with: shouted)
        let welcomeBack = try term.waitFor("Carry on? ")
        #expect(welcomeBack.contains("Welcome back! Last time you were on Every kind of step, step 5 of 7."))
        try term.waitForRawMode()
        try term.type("yes\r")
        try term.waitFor("Step 5 of 7")
        try term.answer("Your answer: ", with: "www.example.org")
        try term.waitFor("Step 6 of 7")
    }

    @Test func anAmountThatIsNotTheAnswerIsMarkedWrongAndTheStepCarriesOn() throws {
        let term = try TasterProgram.start(["preview", TasterProgram.fixtureLessons + "/every-kind.yaml", "--from", "budget"])
        defer { term.close() }
        try term.waitFor("Step 4 of 7")
        try term.answer("Your answer: ", with: "£12.50")
        let feedback = try term.waitFor("Your answer: ")
        #expect(feedback.contains("Not quite"), "A wrong amount should be marked wrong:\n\(feedback)")
        #expect(!feedback.contains("Correct"))
        try term.waitForRawMode()
        try term.type("£2,150\r")
        try term.waitFor("That is what Sam earns and spends together")
        try term.answer("Your answer: ", with: "250")
        try term.waitFor("Correct!")
        try term.waitFor("Step 5 of 7")
    }
}
