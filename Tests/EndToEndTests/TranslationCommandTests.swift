import Foundation
import TasterTestSupport
import Testing

@Suite("Translations, as a translator uses the real binary", .ownThread)
struct TranslationCommandTests {
    /// A library folder with the fixture lesson and its Welsh translation.
    private func library() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-translator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("cy"), withIntermediateDirectories: true)
        let fixtures = TasterRunner.repository.appendingPathComponent("Tests/Fixtures")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("lessons/every-kind.yaml"), to: folder.appendingPathComponent("every-kind.yaml"))
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("translations/cy/every-kind.yaml"), to: folder.appendingPathComponent("cy/every-kind.yaml"))
        return folder
    }

    @Test("change one English step: lint flags exactly that step in the Welsh file; update the fingerprints and it is quiet again")
    func staleStep() throws {
        let folder = try library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lesson = folder.appendingPathComponent("every-kind.yaml")
        let english = try String(contentsOf: lesson, encoding: .utf8)
        try Data(english.replacingOccurrences(of: "It is about privacy.", with: "It is about who can read it.").utf8).write(to: lesson)
        let lint = try TasterRunner.run(["lint", folder.path])
        #expect(lint.status == 0, "a stale translation is a warning: \(lint.output)")
        let stale = lint.output.split(separator: "\n").filter { $0.contains("changed since this was translated") }
        #expect(stale.count == 1, "\(lint.output)")
        #expect(stale.first?.contains("cy/every-kind.yaml:16:18: warning: the English of step `padlock` changed since this was translated") == true, "\(lint.output)")
        #expect(lint.output.contains("1 lesson file and 1 translation checked"))

        let update = try TasterRunner.run(["lint", "--update-fingerprints", folder.appendingPathComponent("cy/every-kind.yaml").path])
        #expect(update.status == 0, "\(update.output)")
        #expect(update.output.contains("fingerprint updated for step `padlock`."), "\(update.output)")
        let after = try TasterRunner.run(["lint", folder.path])
        #expect(!after.output.contains("changed since"), "\(after.output)")
    }

    @Test("a translation that changes the answer is an error, and lint exits 1")
    func changedAnswer() throws {
        let folder = try library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let translation = folder.appendingPathComponent("cy/every-kind.yaml")
        let text = try String(contentsOf: translation, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "    hints: [Tynnu.]\n", with: "    hints: [Tynnu.]\n    value: 25\n").utf8).write(to: translation)
        let lint = try TasterRunner.run(["lint", folder.path])
        #expect(lint.status == 1)
        #expect(lint.output.contains("cy/every-kind.yaml:42:12: error: this would change the answer: the English step `budget` has `value: 250`"), "\(lint.output)")
    }

    @Test("a brand name in a translation is refused by lint, as in English")
    func brandName() throws {
        let folder = try library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let translation = folder.appendingPathComponent("cy/every-kind.yaml")
        let text = try String(contentsOf: translation, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Teipiwch y cyfeiriad gwe hwn.", with: "Teipiwch gyfeiriad Amazon.").utf8).write(to: translation)
        let lint = try TasterRunner.run(["lint", folder.path])
        #expect(lint.status == 1)
        #expect(lint.output.contains("cy/every-kind.yaml:42:3: error: ") && lint.output.contains("\"Amazon\", a brand name"), "\(lint.output)")
    }

    @Test("taster test plays the lesson in English and in Welsh; taster lessons lists the Welsh as a draft")
    func testAndList() throws {
        let folder = try library()
        defer { try? FileManager.default.removeItem(at: folder) }
        let test = try TasterRunner.run(["test", folder.path])
        #expect(test.status == 0, "\(test.output)")
        #expect(test.output.contains("1 lesson and 1 translation played: 7 passed, 0 failed."), "\(test.output)")
        let lessons = try TasterRunner.run(["lessons", "--lessons", folder.path])
        #expect(lessons.output.contains("also in: cy (draft)"), "\(lessons.output)")
        let json = try TasterRunner.run(["lessons", "--json", "--lessons", folder.path])
        #expect(json.output.contains("\"status\" : \"draft\""), "\(json.output)")
    }
}

@Suite("Previewing a translation", .ownThread)
struct TranslationPreviewTests {
    @Test("taster preview of a translation plays the lesson in its language, with the Welsh answers")
    func previewWelsh() throws {
        let translation = TasterRunner.repository.appendingPathComponent("lessons/cy/keyboard-basics.yaml").path
        let result = try TasterRunner.run(["preview", translation, "--plain", "--from", "enter"], input: "helo\n")
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.contains("Teipiwch y gair **helo**") || result.output.contains("Teipiwch y gair helo"), "\(result.output)")
        #expect(result.output.contains("Da iawn. Rydych chi wedi teipio gair"), "\(result.output)")
        #expect(result.output.contains("Preview of \(translation):"), "\(result.output)")
    }
}
