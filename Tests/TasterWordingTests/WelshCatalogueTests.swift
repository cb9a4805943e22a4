import Foundation
import TasterEngine
import TasterLessons
import Testing
@testable import TasterWording

/// The Welsh catalogue, read from the language file a translator edits: complete, with the
/// same placeholders and the same English beside each key as taster says today, and a file with
/// a mistake reported with its place, never a crash.
@Suite("The Welsh catalogue")
struct WelshCatalogueTests {
    /// The installed Welsh file, as read.
    static var file: LanguageFile { Catalogue.welsh.file ?? LanguageFile() }

    /// A small language file around `words` (already indented under `words:`).
    static func file(_ words: String, top: String = "language: cy\nstatus: draft\ncount-rule: welsh\nordinals: welsh\n") -> LanguageFile {
        LanguageFile.read(Array((top + "words:\n" + words).utf8), path: "cy.yaml")
    }

    @Test("the installed file reads without a single problem")
    func noProblems() throws {
        let file = try #require(Catalogue.welsh.file)
        #expect(file.language == "cy" && file.name == Catalogue.welsh.ownName)
        #expect(file.countRule == .welsh && file.ordinals == .welsh && file.mutations == .welsh)
        #expect(Catalogue.welsh.mutations == .welsh && Catalogue.english.mutations == .none)
        #expect(file.problems.isEmpty, "\(file.problems.map(\.description).joined(separator: "\n"))")
    }

    @Test("the translation is marked a draft, for a native speaker to review")
    func markedDraft() throws {
        #expect(Catalogue.welsh.isDraft)
        #expect(Self.file.note.contains("native speaker"))
        #expect(!Catalogue.english.isDraft)
    }

    @Test("every key is in Welsh, and every counted key has all six Welsh forms")
    func complete() {
        #expect(Catalogue.welsh.missingKeys.isEmpty, "cy lacks: \(Catalogue.welsh.missingKeys.map(\.rawValue))")
        #expect(Catalogue.welsh.missingCountForms.isEmpty, "cy lacks: \(Catalogue.welsh.missingCountForms.map { "\($0.key.rawValue) \($0.form)" })")
    }

    @Test("the English beside each key is the English taster says today")
    func englishBesideEachKeyIsCurrent() {
        #expect(Self.file.staleProblems.isEmpty, "\(Self.file.staleProblems.map(\.description).joined(separator: "\n"))")
    }

    @Test("a changed English is reported with the key and both texts, at its line")
    func staleEnglishReported() throws {
        let file = Self.file("""
          shell.yes-no.again:
            english: "Please type yes or no, old wording"
            translation: "Teipiwch ie neu na."
        """)
        let problem = try #require(file.staleProblems.first)
        #expect(problem.description.hasPrefix("cy.yaml:7:14: warning:"))
        #expect(problem.message.contains("`shell.yes-no.again`"))
        #expect(problem.message.contains("\"Please type yes or no, old wording\""))
        #expect(problem.message.contains("\"\(Catalogue.english.text(.yesNoAgain))\""))
    }

    @Test("a translation whose placeholders differ from the English is reported and left out")
    func placeholdersDiffer() throws {
        let file = Self.file("""
          shell.step-progress:
            english: "Step {step} of {total}"
            translation: "Cam {cam} o {total}"
        """)
        let problem = try #require(file.problems.first)
        #expect(problem.description.hasPrefix("cy.yaml:8:18: error:"))
        #expect(problem.message.contains("is missing {step}") && problem.message.contains("has {cam}"))
        #expect(file.texts[.stepProgress] == nil)
    }

    @Test("a key taster does not use is reported, with the key it was probably meant to be")
    func unknownKey() throws {
        let file = Self.file("""
          shell.step-progres:
            english: "Step {step} of {total}"
            translation: "Cam {step} o {total}"
        """)
        let problem = try #require(file.problems.first)
        #expect(problem.description.hasPrefix("cy.yaml:6:3: error:"))
        #expect(problem.message.contains("not a key taster uses") && problem.message.contains("`shell.step-progress`"))
    }

    /// Broken files, each with the place its problem must be reported at.
    static let brokenFiles: [(String, String)] = [
        ("language: cy\nstatus: draft\nwords:\n  shell.step-progress: [a, b]\n", "cy.yaml:4:24:"),
        ("language: cy\nstatus: draft\nwords:\n  shell.step-progress:\n    english: \"Step\n", "cy.yaml:"),
        ("- just\n- a list\n", "cy.yaml:1:1:"),
        ("language: cy\nstatus: finished\nwords: {}\n", "cy.yaml:2:9:"),
        ("language: cy\nstatus: draft\ncount-rule: irish\nwords: {}\n", "cy.yaml:3:13:"),
        ("language: cy\nstatus: draft\nwords:\n  shell.step-progress:\n    translation: \"Cam {step} o {total}\"\n    few: \"Cam\"\n", "cy.yaml:6:5:"),
        ("status: draft\nwords: {}\n", "cy.yaml:1:1:"),
        ("language: cy\nstatus: draft\nfavourite: yes\nwords: {}\n", "cy.yaml:3:1:"),
        ("language: cy\nstatus: draft\nmutations: irish\nwords: {}\n", "cy.yaml:3:12:"),
        ("language: &a cy\nstatus: *a\n", "cy.yaml:"),
        ("\u{FEFF}language: cy\n\tstatus: draft\n", "cy.yaml:"),
        ("", "cy.yaml:"),
    ]

    @Test("a broken file is reported as path:line:col with a kind message, never a crash", arguments: brokenFiles)
    func brokenFile(text: String, place: String) throws {
        let file = LanguageFile.read(Array(text.utf8), path: "cy.yaml")
        let problem = try #require(file.problems.first, "no problem found in \(text.debugDescription)")
        #expect(problem.description.hasPrefix(place), "\(problem.description)")
        #expect(problem.description.contains(try Regex(#"^cy\.yaml:\d+:\d+: (error|warning): [a-z`\"“].*[.?)]$"#)), "\(problem.description)")
    }

    @Test("Welsh counts use all six CLDR forms", arguments: [
        (0, "0 dysgwr"), (1, "1 dysgwr"), (2, "2 ddysgwr"), (3, "3 dysgwr"), (6, "6 dysgwr"), (7, "7 dysgwr"), (21, "21 dysgwr"),
    ])
    func counts(count: Int, expected: String) {
        #expect(Catalogue.welsh.text(one: .reportLearnersOne, other: .reportLearnersOther, count: count) == expected)
    }

    @Test("the Welsh count rule picks CLDR's form", arguments: [
        (0, CountForm.zero), (1, .one), (2, .two), (3, .few), (4, .other), (5, .other), (6, .many), (7, .other), (10, .other), (100, .other),
    ])
    func countRule(count: Int, form: CountForm) {
        #expect(CountRule.welsh.form(for: count) == form)
    }

    @Test("ordinals are written as Welsh writes them", arguments: [
        (1, "1af"), (2, "2il"), (3, "3ydd"), (4, "4ydd"), (5, "5ed"), (6, "6ed"), (7, "7fed"), (8, "8fed"), (9, "9fed"),
        (10, "10fed"), (11, "11eg"), (12, "12fed"), (13, "13eg"), (15, "15fed"), (16, "16eg"), (18, "18fed"), (19, "19eg"),
        (20, "20fed"), (21, "21ain"), (22, "22ain"), (30, "30ain"), (31, "31ain"), (40, "40fed"), (41, "41ain"), (100, "100fed"),
    ])
    func ordinals(number: Int, expected: String) {
        #expect(Catalogue.welsh.ordinal(number) == expected)
    }

    @Test("English ordinals are unchanged", arguments: [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (21, "21st"), (112, "112th")])
    func englishOrdinals(number: Int, expected: String) {
        #expect(Catalogue.english.ordinal(number) == expected)
    }

    @Test("languages are found by code, tag or own name", arguments: [
        ("cy", "cy"), ("CY", "cy"), ("cy-GB", "cy"), ("cy_GB.UTF-8", "cy"), ("Cymraeg", "cy"), ("en", "en"), ("en-GB", "en"), ("English", "en"),
        ("pl", nil), ("", nil), ("welsh-ish", nil),
    ] as [(String, String?)])
    func named(code: String, expected: String?) {
        #expect(Catalogue.named(code)?.language == expected)
    }

    @Test("each installed language has its own name and voice")
    func installed() {
        #expect(Catalogue.installed.map(\.language) == ["en", "cy"])
        #expect(Catalogue.installed.map(\.ownName) == ["English", "Cymraeg"])
        // espeak-ng's names for its British English and Welsh voices.
        #expect(Catalogue.installed.map(\.speechVoice) == ["en-gb", "cy"])
    }
}
