import Foundation
import TasterLessons
import TasterStore

import Testing
@testable import TasterWording

/// The catalogue is complete in every language, fills its placeholders, and holds every
/// sentence that the store and the engine used to carry.
@Suite("The wording catalogue")
struct CatalogueTests {
    @Test("every key has its text in every language", arguments: Catalogue.all.map(\.language))
    func noKeyMissing(language: String) throws {
        let catalogue = try #require(Catalogue.all.first { $0.language == language })
        #expect(catalogue.missingKeys.isEmpty, "\(language) lacks: \(catalogue.missingKeys.map(\.rawValue))")
    }

    @Test("every language uses the same placeholders as English", arguments: Catalogue.all.map(\.language))
    func samePlaceholders(language: String) throws {
        let catalogue = try #require(Catalogue.all.first { $0.language == language })
        for key in WordKey.allCases {
            #expect(catalogue.placeholders(in: key) == Catalogue.english.placeholders(in: key), "\(language) \(key.rawValue)")
        }
    }

    @Test("placeholders are filled once: a value holding braces is left as typed")
    func placeholdersFilledOnce() {
        let text = Catalogue.english.words(for: SessionError.alreadyOpen(name: "{time} club", startedAt: Date(timeIntervalSince1970: 0)))
        #expect(text.hasPrefix("The session \"{time} club\" is still open (started 1970-01-01T00:00:00 UTC)."))
    }

    /// Every store error, for the checks that every one of them is worded.
    static let storeErrors: [StoreError] = [
        .folderCannotBeCreated(folder: "/f", reason: "no room"), .folderNotWritable(folder: "/f"), .readOnlyFile(file: "/f/p"),
        .diskFull(file: "/f/p"), .corruptFile(file: "/f/p"), .newerVersion(file: "/f/p"), .busy(file: "/f/p"),
        .unknownLearner(code: "maple-river-otter-42"), .untrusted(path: "/f", reason: "others can change it"),
        .unexpected(file: "/f/p", detail: "disk I/O error"),
    ]

    @Test("no store error leaves a placeholder unfilled, for a learner or a volunteer", arguments: storeErrors)
    func storeErrorsFilled(error: StoreError) {
        for duringALesson in [true, false] {
            let text = Catalogue.english.words(for: error, duringALesson: duringALesson)
            #expect(!text.contains("{") && !text.contains("}"), "\(text)")
            #expect(text.hasSuffix(".") || text.hasSuffix(")"), "\(text)")
        }
    }

    @Test("the English reads exactly as it did when the store carried it")
    func englishUnchanged() {
        #expect(Catalogue.english.words(for: .corruptFile(file: "/d/progress.sqlite"), duringALesson: true)
            == "The progress file /d/progress.sqlite is damaged or is not a taster progress file, so taster has left it alone. You can still do the lesson now, but your progress will not be saved this time. A volunteer can move the file somewhere safe (keep it for checking); taster will then start a fresh one.")
        #expect(Catalogue.english.words(for: .unexpected(file: "", detail: "boom"), duringALesson: false)
            == "Taster could not use the progress file (boom). Nothing was changed. Please report this message.")
        #expect(Catalogue.english.words(for: .diskFull(file: "/d/progress.sqlite"), duringALesson: false)
            == "The disk that holds taster's progress folder /d is full, so taster cannot save anything there (what was saved before is safe). Free some space on that disk and try again.")
        #expect(Catalogue.english.words(for: LearnerCodeError.badNumber("420", in: "maple river otter 420"))
            == "In \u{201C}maple river otter 420\u{201D}, the number \u{201C}420\u{201D} should be two digits, from 00 to 99. A code is three words and a number, like maple-river-otter-42.")
        #expect(Catalogue.english.words(for: LiveStatus.HelpReason.idle) == "idle 5 minutes")
        #expect(EventWording(.english).mismatchWords(expected: "cat", typed: "cap", firstDifference: 2)
            == ["Not quite the same.", "At the 3rd letter: you typed 'p', it should be 't'.", "It should be: cat", "You typed: cap"])
    }

    @Test("the engine's hint nudge is left out when the author's feedback already speaks of hints")
    func hintNudge() {
        let wording = EventWording(.english)
        #expect(wording.lines(for: .incorrect(feedback: "Not quite.", attempt: 2, hintsLeft: true)) == ["Not quite.", "Type hint for a clue, or skip to move on."])
        #expect(wording.lines(for: .incorrect(feedback: "Not quite. A Hint may help.", attempt: 2, hintsLeft: true)) == ["Not quite. A Hint may help."])
        #expect(wording.lines(for: .incorrect(feedback: "Not quite.", attempt: 1, hintsLeft: true)) == ["Not quite."])
    }

    /// The store's and the engine's source folders.
    static let factOnlyFolders = ["Sources/TasterStore", "Sources/TasterEngine"]

    @Test("the store and the engine hold no sentence a person reads", arguments: factOnlyFolders)
    func noSentencesLeft(folder: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent(folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        // A string literal that starts with a capital, has a space and ends a sentence.
        let sentence = try Regex(#""[A-Z][a-z']+ [^"\n]*[a-z)][.!?]""#)
        var found: [String] = []
        for file in files {
            let text = try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                guard !code.hasPrefix("//"), line.contains(sentence) else { continue }
                found.append("\(folder)/\(file):\(number + 1): \(code)")
            }
        }
        #expect(found.isEmpty, "sentences belong in the catalogue:\n\(found.joined(separator: "\n"))")
    }

    /// The layers that show words to learners and volunteers, scanned for words of their own.
    /// The report (`TasterReports/Report`) is worded in its own files.
    static let showingFolders = ["Sources/TasterShell", "Sources/TasterCommands", "Sources/TasterReports"]

    /// Literals that read like words but are not said to anyone, each with its reason.
    static let notWords: [(file: String, literal: String, why: String)] = [

        ("TasterShell/Terminal/EditLineReader.swift", "Complete the word being typed", "libedit's own name for a key binding, never shown"),
        ("TasterShell/Terminal/EditLineReader.swift", "Abandon the line being typed", "libedit's own name for a key binding, never shown"),
        ("TasterShell/Session/WrongCodeTally.swift", " uid ", "part of a terminal's private name for the wrong-code tally, never shown"),
        ("TasterCommands/Support/TasterSubcommand.swift", "taster   must be run through TasterCommand.execute(_:in:).", "a programming mistake caught in tests, never a user's"),
        ("TasterCommands/Volunteer/SessionReporting.swift", "yyyy-MM-dd HH:mm", "a date pattern: only digits reach the screen"),
        ("TasterReports/Passphrase/PassphraseHash.swift", "unknown algorithm", "an encoding error's debug text, caught and never shown"),

    ]

    @Test("the shell, the commands and the reports say nothing that is not in the catalogue", arguments: showingFolders)
    func noWordsOutsideTheCatalogue(folder: String) throws {
        let files = SourceSentenceScan.files(under: folder, excluding: ["Sources/TasterReports/Report"])
        #expect(!files.isEmpty)
        var found: [SourceSentenceScan.Finding] = []
        for file in files {
            found += try SourceSentenceScan.findings(in: file).filter { finding in
                !Self.notWords.contains { finding.file.hasSuffix($0.file) && finding.literal.trimmingCharacters(in: .whitespaces) == $0.literal.trimmingCharacters(in: .whitespaces) }
            }
        }
        #expect(found.isEmpty, "words a person reads belong in the catalogue:\n\(found.map(\.description).joined(separator: "\n"))")
    }

    @Test("the scan finds a sentence, a prompt and a heading, and passes over markup and names")
    func scanFindsWords() {
        #expect(SourceSentenceScan.looksLikeWords("Please type yes or no: "))
        #expect(SourceSentenceScan.looksLikeWords("Lessons"))
        #expect(SourceSentenceScan.literals(in: #"say("You have finished \(done) of \(total) lessons.") // a "quoted" comment"#) == ["You have finished   of   lessons."])
        #expect(!SourceSentenceScan.looksLikeWords("\u{1B}[1;97;41m"))
        #expect(!SourceSentenceScan.looksLikeWords("TASTER_DATA_DIR"))
        #expect(!SourceSentenceScan.looksLikeWords("retention-days"))
        #expect(!SourceSentenceScan.looksLikeWords("en-gb"))
        #expect(SourceSentenceScan.looksLikeWords("<p class=\"kind\"><strong>The lesson's safety point.</strong></p>"))
        #expect(!SourceSentenceScan.looksLikeWords("<div class=\"sheet few\">"))
        #expect(!SourceSentenceScan.looksLikeWords(".lessons li { border-left: 4px solid #1d4e6b; }"))
        #expect(!SourceSentenceScan.looksLikeWords("padding: 10mm 12mm 7mm 12mm; display: flex;"))
        #expect(SourceSentenceScan.looksLikeWords("Could not watch for signals: it failed; the program can run."))


    }

    @Test("the skills areas' names, in English", arguments: [
        (SkillsArea.foundation, "Getting started"), (.communicating, "Communicating"),
        (.handlingInformation, "Finding and judging information"), (.transacting, "Buying and filling in forms"),
        (.problemSolving, "Solving problems"), (.beingSafe, "Being safe online"), (.money, "Money"),
    ])
    func areaNames(area: SkillsArea, name: String) {
        #expect(Catalogue.english.name(of: area) == name)
    }

    @Test("every key the code uses has English, and every language has the same placeholders")
    func usedKeysHaveEnglish() throws {
        // Every key named in the sources, as `.key` after a catalogue call.
        let pattern = try Regex(#"\.([a-z][A-Za-z]+)\b"#)
        let known = Set(WordKey.allCases.map { "\($0)" })
        var used: Set<String> = []
        for folder in ["Sources/TasterShell", "Sources/TasterCommands", "Sources/TasterReports", "Sources/TasterWording", "Sources/TasterAuthoring"] {
            for file in SourceSentenceScan.files(under: folder) {
                let text = try String(contentsOf: SourceSentenceScan.root.appendingPathComponent(file), encoding: .utf8)
                for match in text.matches(of: pattern) {
                    let name = String(text[match.range].dropFirst())
                    if known.contains(name) { used.insert(name) }
                }
            }
        }
        #expect(used.count > 100)
        for key in WordKey.allCases where used.contains("\(key)") {
            let english = Catalogue.english.text(key)
            #expect(english != key.rawValue && !english.isEmpty, "\(key.rawValue) has no English")
            for catalogue in Catalogue.all {
                #expect(catalogue.placeholders(in: key) == Catalogue.english.placeholders(in: key), "\(catalogue.language) \(key.rawValue)")
            }
        }
    }
}

