import Foundation
import Testing
import TasterTestSupport

/// `taster preview --notes` shows the author what the volunteer sees beside the learner.
@Suite("Preview with volunteer notes", .ownThread)
struct PreviewNotesTests {
    static let lesson = """
        id: noted
        title: A noted lesson
        summary: Pick the cheaper price.
        area: money
        minutes: 2
        reviewed: 2026-11-01
        steps:
          - kind: say
            text: Welcome.
            note: Ask whether the learner shops with a list.
          - kind: choice
            text: Which is cheaper?
            note: Learners often pick the smaller number.
            hints: [Per kg., Ten lots of 100 g.]
            options:
              - text: 80p per 100 g
                feedback: That is £8.00 per kg.
              - text: £7.50 per kg
                correct: true

        """

    private func preview(_ extra: [String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-notes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("noted.yaml")
        try Data(Self.lesson.utf8).write(to: file)
        let result = try TasterRunner.run(["preview", file.path, "--plain"] + extra, input: "\n2\n\n")
        #expect(result.status == 0, "\(result.output)\(result.error)")
        return result.output
    }

    @Test("each step is followed by its note and, for a question, its answer")
    func notesShown() throws {
        let output = try preview(["--notes"])
        #expect(output.contains("For the volunteer:"))
        #expect(output.contains("Note: Ask whether the learner shops with a list."))
        #expect(output.contains("Note: Learners often pick the smaller number."))
        #expect(output.contains("Answer: The answer is 2: £7.50 per kg."), "\(output)")
        let note = try #require(output.range(of: "Note: Learners often pick"))
        let options = try #require(output.range(of: "2) £7.50 per kg"))
        #expect(options.upperBound < note.lowerBound, "the note comes after the learner's screen for the step")
    }

    @Test("without --notes, the learner's screen has no note and no answer")
    func notesHidden() throws {
        let output = try preview([])
        #expect(!output.contains("For the volunteer"))
        #expect(!output.contains("Learners often pick the smaller number"))
        #expect(!output.contains("The answer is 2"))
    }
}

/// `taster lessons --stats`, run as the real binary.
@Suite("Library overview, run as the real binary", .ownThread)
struct LessonsStatsCommandTests {
    @Test("taster lessons --stats prints a row per lesson and names those with no safety point")
    func stats() throws {
        let fixtures = TasterRunner.repository.appendingPathComponent("Tests/Fixtures/lessons").path
        let result = try TasterRunner.run(["lessons", "--stats", "--lessons", fixtures])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("steps no test reaches"))
        #expect(result.output.contains("every-kind      7          6      7"), "\(result.output)")
        #expect(result.output.contains("Lessons with no safety point: every-kind."))
    }
}
