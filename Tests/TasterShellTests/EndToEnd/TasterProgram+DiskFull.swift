import Foundation
import TasterStore
import TasterTestSupport

/// Running taster where its progress file has no room to grow, and reading what it saved.
extension TasterProgram {
    /// Starts `taster` with `arguments` in a pseudo-terminal, under a file-size limit of `bytes`
    /// (rounded down to `ulimit -f` blocks): no file it writes can grow past that, as on a full
    /// disk. Any account may lower its own limit, so this needs no special permission. The
    /// terminal is wide, so that no sentence is wrapped.
    static func startWithFileSizeLimit(_ arguments: [String], bytes: Int, columns: Int = 500) throws -> PseudoTerminal {
        // POSIX (dash, and bash as sh) counts `ulimit -f` in 512-byte blocks.
        let blocks = bytes / 512
        return try PseudoTerminal.spawn(
            executable: "/bin/sh",
            arguments: ["-c", "ulimit -f \(blocks) && exec \"$0\" \"$@\"", try executable()] + arguments,
            environment: quietEnvironment, columns: columns)
    }

    /// The arguments that start a learner's session on the fixture lessons with progress in `data`.
    static func sessionArguments(data: String) -> [String] {
        inEnglish(["--lessons", fixtureLessons, "--data-dir", data])
    }

    /// The sentence taster says when there is no room to save in the data folder `data`.
    static func diskFullSentence(data: String) -> String {
        StoreError.diskFull(file: DataLocation(folder: URL(fileURLWithPath: data)).databaseFile.path).message
    }

    /// The sentence a volunteer's command says when there is no room to save in `data`.
    static func volunteerDiskFullSentence(data: String) -> String {
        StoreError.diskFull(file: DataLocation(folder: URL(fileURLWithPath: data)).databaseFile.path).volunteerMessage
    }

    /// The prompt and a right answer for each of the fixture lesson's seven steps, in order.
    static let fixtureSteps: [(prompt: String, answer: String)] = [
        ("Press Enter to carry on: ", ""),
        ("Your answer: ", "1"),
        ("Your answer: ", "attachment"),
        ("Your answer: ", "250"),
        ("Your answer: ", "www.example.org"),
        ("Passphrase (hidden as you type): ", "kettle meadow lantern violin"),
        ("Your answer: ", "2 3 1"),
    ]
}

extension PseudoTerminal {
    /// Answers the fixture lesson's steps `numbers` (counted from 1) rightly, waiting for each
    /// step's heading and prompt first.
    func answerFixtureSteps(_ numbers: ClosedRange<Int>) throws {
        for number in numbers {
            try waitFor("Step \(number) of 7")
            let step = TasterProgram.fixtureSteps[number - 1]
            try answer(step.prompt, with: step.answer)
        }
    }
}
