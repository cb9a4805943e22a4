/// Where the volunteer passphrase is read from: the terminal without showing it (see
/// ``TerminalPassphraseInput``), or, in tests, lines given in advance.
public protocol PassphraseInput: Sendable {
    /// Whether the input is a person at a terminal (who gets a few tries) rather than a script.
    var inputIsTerminal: Bool { get }

    /// Asks with `prompt`, reads one line (nil at the end of input or on Ctrl-C) and hands it to
    /// `check`, keeping what is typed hidden until the check has ended.
    func readThenCheck<Result>(prompt: String, _ check: (String?) -> Result) -> Result
}

extension PassphraseInput {
    /// Asks with `prompt` and reads one line; nil at the end of input or when Ctrl-C is pressed.
    func read(prompt: String) -> String? {
        readThenCheck(prompt: prompt) { $0 }
    }
}
