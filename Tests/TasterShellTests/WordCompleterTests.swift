import TasterTestSupport
import Testing
import TasterShell

@Suite(.ownThread) struct WordCompleterTests {
    private let commands = ["hint", "help", "skip", "Example Bank", "Example Shop"]

    @Test(arguments: [
        ("hi", WordCompleter.Action.replace(deletingScalars: 2, insertion: "hint ")),
        ("HI", .replace(deletingScalars: 2, insertion: "hint ")),
        ("sk", .replace(deletingScalars: 2, insertion: "skip ")),
        ("h", .list(["hint", "help"])),
        ("he", .replace(deletingScalars: 2, insertion: "help ")),
        ("ex", .replace(deletingScalars: 2, insertion: "Example ")),
        ("Example B", .replace(deletingScalars: 9, insertion: "Example Bank ")),
        ("example s", .replace(deletingScalars: 9, insertion: "Example Shop ")),
        ("Example ", .list(["Example Bank", "Example Shop"])),
        ("I chose sk", .replace(deletingScalars: 2, insertion: "skip ")),
        ("zz", .nothing),
    ])
    func completes(typed: String, expected: WordCompleter.Action) {
        #expect(WordCompleter.complete(textBeforeCursor: typed, candidates: commands) == expected)
    }

    @Test func countsScalarsForDeletion() {
        let action = WordCompleter.complete(textBeforeCursor: "caf", candidates: ["café"])
        #expect(action == .replace(deletingScalars: 3, insertion: "café "))
        let accented = WordCompleter.complete(textBeforeCursor: "cafe\u{301}", candidates: ["cafe\u{301} au lait"])
        #expect(accented == .replace(deletingScalars: 5, insertion: "cafe\u{301} au lait "))
    }

    @Test func candidatesAreSanitizedAndDeduplicated() {
        let action = WordCompleter.complete(
            textBeforeCursor: "ri", candidates: ["\u{1B}[31mright", "right", "", "\u{7}"])
        #expect(action == .replace(deletingScalars: 2, insertion: "right "))
    }

    @Test func noCandidatesMeansNothing() {
        #expect(WordCompleter.complete(textBeforeCursor: "", candidates: []) == .nothing)
    }
}
