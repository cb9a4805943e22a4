import Foundation
import Testing

/// A learner code nobody has: a kind word each time, then a growing pause to slow guessing.
@Suite(.enabled(if: !EditLineChildProgram.isChild))
struct WrongCodeTests {
    @Test func threeUnknownCodesBringAKindWordAndAPause() throws {
        let data = try ScratchFolder()
        let term = try TasterProgram.startSession(data: data)
        defer { term.close() }
        try term.answer("Type 1 or 2: ", with: "2")
        let codes = ["amber-apple-arcade-17", "Basil Bakery Banana 3", "atlas-attic-autumn-99"]
        for (index, code) in codes.enumerated() {
            try term.answer("Learner code: ", with: code)
            let reply = try term.waitFor("afresh.")
            #expect(reply.contains("Sorry, taster cannot find the code"))
            if index < 2 {
                #expect(!reply.contains("Please wait"))
            }
        }
        // The pause's length is checked where it is recorded (LearnerVisitTests); here, that
        // the learner is told and is asked again afterwards.
        try term.waitFor("Please wait 2 seconds before trying again.")
        try term.waitForPrompt("Learner code: ")

        // A code that is not even the right shape gets a different, explaining message.
        try term.type("hello\r")
        let shape = try term.waitFor("Learner code: ")
        #expect(shape.contains("is not a learner code"))
    }
}
