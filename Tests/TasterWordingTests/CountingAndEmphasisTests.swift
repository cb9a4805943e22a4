import Testing
@testable import TasterWording

/// Whole sentences per count, emphasis a translation can place, and the answers a learner may type.
@Suite("Counts, emphasis and answers in the catalogue")
struct CountingAndEmphasisTests {
    @Test("the English form for one is used for 1 only", arguments: [(0, "0 minutes"), (1, "1 minute"), (2, "2 minutes"), (11, "11 minutes")])
    func countForms(count: Int, expected: String) {
        #expect(Catalogue.english.text(one: .liveMinutesOne, other: .liveMinutesOther, count: count) == expected)
    }

    @Test("every form for one has its other form, and the other form names every value the one form does")
    func pairedForms() throws {
        // `prompt.choice.one` is the prompt for a question with one right option, not a count.
        let ones = WordKey.allCases.filter { $0.rawValue.hasSuffix(".one") && $0 != .promptChoiceOne }

        #expect(ones.count >= 10)
        for one in ones {
            let other = try #require(WordKey(rawValue: String(one.rawValue.dropLast(".one".count)) + ".other"), "\(one.rawValue) has no other form")
            #expect(Catalogue.english.placeholders(in: one).isSubset(of: Catalogue.english.placeholders(in: other)), "\(one.rawValue)")
        }
    }

    @Test("emphasis goes where the text marks it, and a value holding the marks is shown as typed")
    func emphasis() {
        let bold = { (text: String) in "[" + text + "]" }
        #expect(Catalogue.english.text(.visitCodeWriteDown, emphasis: bold)
            == "[Please write it down now] and keep it safe. You will type it next time to carry on where you stopped.")
        #expect(Catalogue.english.text(.visitCodeWriteDown, emphasis: { $0 }) == "Please write it down now and keep it safe. You will type it next time to carry on where you stopped.")
        #expect(Catalogue.english.text(.sessionStarted, ["name": "**Tuesday**"], emphasis: bold)
            .hasPrefix("[Session \"**Tuesday**\" is open.] Learners' activity"))
    }

    @Test("no text outside the marked ones carries emphasis marks")
    func marksOnlyWhereShown() {
        let marked: Set<WordKey> = [.visitCodeKeepToday, .visitCodeWriteDown, .passphraseSet, .sessionStarted]
        for key in WordKey.allCases where !marked.contains(key) {
            #expect(!Catalogue.english.text(key).contains("**"), "\(key.rawValue)")
        }
    }

    @Test("the answers a learner may type are listed, lower-case, none empty")
    func answers() {
        let keys = WordKey.allCases.filter { $0.rawValue.hasPrefix("answers.") }
        #expect(keys.count >= 8)
        for key in keys {
            let answers = Catalogue.english.answers(key)
            #expect(!answers.isEmpty && answers.allSatisfy { !$0.isEmpty && $0 == $0.lowercased() }, "\(key.rawValue)")
        }
        #expect(Catalogue.english.answers(.answersYes).contains("yes please"))
        #expect(Catalogue.english.answers(.answersNew).contains("i'm new"))
    }
}
