import Foundation
import TasterTestSupport
import Testing
@testable import TasterCommands
import TasterWording

/// How a command's language is chosen: `--language`, `TASTER_LANGUAGE`, the settings file.
@Suite("Choosing the language for a command", .ownThread)
struct LanguageChoiceCommandTests {
    @Test("an unknown language asked for by name is refused, saying where it was asked and which languages there are",
          arguments: [(["start", "--language", "klingon"], [:], "--language"),
                      (["lessons"], ["TASTER_LANGUAGE": "klingon"], "TASTER_LANGUAGE")])
    func unknownLanguage(arguments: [String], variables: [String: String], source: String) throws {
        var harness = try CommandHarness()
        harness.variables.merge(variables) { _, new in new }
        let run = harness.run(arguments)
        #expect(run.status != 0)
        #expect(run.errors == "Taster cannot speak the language klingon (from \(source)) yet. It can speak: en (English), cy (Cymraeg).\n")
        #expect(run.output.isEmpty, "nothing was started")
    }

    @Test("a language is found by its tag or its own name, whatever the case", arguments: ["en", "EN", "en-GB", "English", "english"])
    func found(name: String) throws {
        var harness = try CommandHarness()
        harness.variables["TASTER_LANGUAGE"] = name
        let run = harness.run(["lessons"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.isEmpty)
    }

    @Test("an unknown language in the settings file does not stop a learner starting: the usual language is used")
    func settingsFallBack() throws {
        let harness = try CommandHarness()
        try harness.writeSettings("language: klingon\n", to: harness.systemSettingsFile)
        let run = harness.run(["lessons"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("lesson"), "listed in English")
    }

    @Test("the choice picks from the installed catalogues by tag before name")
    func choiceMatches() throws {
        let choice = LanguageChoice(installed: [.english])
        #expect(choice.match("cy") == nil)
        #expect(choice.match(" en-GB ")?.language == "en")
        #expect(choice.match("ENGLISH")?.language == "en")
    }
}
