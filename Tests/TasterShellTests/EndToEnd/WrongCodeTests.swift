import Foundation
import TasterTestSupport
import Testing

/// A learner code nobody has: a kind word each time, then a growing pause to slow guessing.
@Suite(.enabled(if: !EditLineChildProgram.isChild), .ownThread)
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

    @Test func keysTypedDuringThePauseAreNotShownAndARestartDoesNotEndIt() throws {
        let data = try ScratchFolder()
        do {
            let term = try TasterProgram.startSession(data: data)
            defer { term.close() }
            try term.answer("Type 1 or 2: ", with: "2")
            for code in ["amber-apple-arcade-17", "basil-bakery-banana-3"] {
                try term.answer("Learner code: ", with: code)
                try term.waitFor("afresh.")
            }
            try term.answer("Learner code: ", with: "atlas-attic-autumn-99")
            try term.waitFor("Please wait 2 seconds before trying again.")
            // Typed while taster waits: neither shown nor taken as the next code. Taster turns
            // echo off just after saying so; keys typed in that instant would still show.
            try term.waitForEchoOff()
            try term.type("typed-while-waiting\r")
            try term.answer("Learner code: ", with: "back")
            try term.waitFor("Type 1 or 2: ")
            #expect(!term.screenText.contains("typed-while-waiting"), "keys typed during the pause were shown or read:\n\(term.screenText)")
        }
        // Starting taster again on the same terminal and data folder keeps the count: the very
        // next unknown code brings a longer pause, not a fresh start.
        let again = try TasterProgram.startSession(data: data)
        defer { again.close() }
        try again.answer("Type 1 or 2: ", with: "2")
        try again.answer("Learner code: ", with: "amber-apple-arcade-18")
        let reply = try again.waitFor("afresh.")
        #expect(reply.contains("Sorry, taster cannot find the code"))
        try again.waitFor("Please wait 4 seconds before trying again.")
    }
}
