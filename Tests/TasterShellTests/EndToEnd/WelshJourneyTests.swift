import Foundation
import TasterTestSupport
import Testing

/// A Welsh-speaking learner in a real terminal: chooses Cymraeg at the welcome, gets a code,
/// gives a wrong answer, asks for a hint with the Welsh word `awgrym`, leaves with Ctrl-D, and
/// comes back to carry on at the same step, in Welsh, without choosing again.
@Suite(.enabled(if: !EditLineChildProgram.isChild), .ownThread)
struct WelshJourneyTests {
    /// Taster on the bundled lessons, with no --language, so the welcome asks.
    private func start(data: ScratchFolder, columns: Int) throws -> PseudoTerminal {
        try PseudoTerminal.spawn(
            executable: try TasterProgram.executable(), arguments: ["--lessons", TasterProgram.realLessons, "--data-dir", data.path],
            environment: TasterProgram.quietEnvironment, columns: columns, rows: columns == 80 ? 24 : 20)
    }

    @Test("choose Cymraeg, a code, a wrong answer, awgrym, leave, come back and carry on in Welsh", arguments: [80, 40])
    func welshLearnerComesBack(columns: Int) throws {
        let data = try ScratchFolder()
        let code: String
        do {
            let term = try start(data: data, columns: columns)
            defer { term.close() }
            let welcome = try term.waitFor("Cymraeg")
            #expect(welcome.contains("Pa iaith hoffech chi?"), "asked in Welsh too:\n\(welcome)")
            try term.answer("English: ", with: "2")
            try term.answer("Teipiwch 1 neu 2: ", with: "1")
            let codeScreen = try term.waitFor("ysgrifennu: ")
            code = try #require(TasterProgram.learnerCode(in: codeScreen), "No learner code on the screen:\n\(codeScreen)")
            try term.waitForRawMode()
            try term.type("\r")
            try term.answer("i fynd: ", with: "unit-prices")
            try term.waitFor("Cymharu prisiau gyda phrisiau uned")
            try term.answer("i barhau: ", with: "")
            try term.answer("i barhau: ", with: "")
            try term.waitFor("Mae bag 400 g o reis yn costio")
            try term.answer("Eich ateb: ", with: "£4.80")
            try term.waitFor("wedi'i luosi")
            try term.answer("Eich ateb: ", with: "awgrym")
            try term.waitFor("Awgrym 1 o 2")
            try term.waitForPrompt("Eich ateb: ")
            try term.sendControl("d")
            #expect(try term.waitForExit(timeout: 15) == .exited(0))
            let goodbye = term.screenText.components(separatedBy: "Awgrym 1 o 2").last ?? ""
            #expect(goodbye.contains("Hwyl fawr"), "the goodbye in Welsh:\n\(goodbye)")
            #expect(goodbye.contains(code), "the code shown again:\n\(goodbye)")
        }

        // Back next week: Enter keeps the language on the screen, then the code brings back
        // Cymraeg, as chosen last time, and the same step.
        let term = try start(data: data, columns: columns)
        defer { term.close() }
        try term.answer("English: ", with: "")
        try term.answer("Type 1 or 2: ", with: "2")
        try term.answer("Learner code: ", with: code)
        // Flowed into one line, since a narrow screen wraps the sentences.
        let back = try term.waitFor("Parhau? ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(back.contains("fel y dewisoch chi y tro diwethaf"), "told the language is the one they chose:\n\(back)")
        #expect(back.contains("Croeso yn ôl!"), "welcomed back in Welsh:\n\(back)")
        try term.waitForRawMode()
        try term.type("ie\r")
        try term.waitFor("Mae bag 400 g o reis yn costio")
        try term.answer("Eich ateb: ", with: "30p")
        try term.waitFor("Cywir!")
    }
}
