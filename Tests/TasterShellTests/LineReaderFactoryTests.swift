import TasterTestSupport
import Testing
@testable import TasterShell

@Suite(.ownThread) struct LineReaderFactoryTests {
    @Test(arguments: [
        (true, true, LineReaderFactory.Kind.editLine),
        (true, false, .plain),
        (false, true, .plain),
        (false, false, .plain),
    ])
    func usesLibeditOnlyWhenBothEndsAreTerminals(input: Bool, output: Bool, expected: LineReaderFactory.Kind) {
        #expect(LineReaderFactory.kind(inputIsTerminal: input, outputIsTerminal: output) == expected)
    }

    @Test(arguments: [
        ("> ", "> "),
        ("\u{1B}[1mtry>\u{1B}[22m ", "\u{1}\u{1B}[1m\u{1}try>\u{1}\u{1B}[22m\u{1} "),
        ("a\u{1}b", "ab"),
    ])
    func promptEscapesAreMarkedAsTakingNoColumns(prompt: String, marked: String) {
        #expect(EditLineReader.markingEscapeSequences(in: prompt) == marked)
    }
}
