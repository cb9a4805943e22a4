import TasterLessons
import TasterWording

/// Plays one lesson for its author exactly as a learner would see it, saving nothing.
public struct LessonPreview {
    private let context: ShellContext

    /// Creates a preview in `context`.
    public init(context: ShellContext) {
        self.context = context
    }

    /// Plays `lesson` from `startIndex` until it ends or the author leaves; with `notes`, each
    /// step is followed by its volunteer note and its answer, as the volunteer's guide gives them.
    public func play(_ lesson: Lesson, from startIndex: Int, notes: Bool = false) {
        let printer = VisitPrinter(context: context)
        printer.say(context.style.dim(context.catalogue.text(.previewNothingSaved, ["path": TerminalText.sanitizeLine(lesson.sourcePath)])))

        var player = LessonPlayer(context: context, printer: printer, saver: nil)
        player.showsVolunteerNotes = notes
        _ = player.play(lesson, from: startIndex)
        context.reader.clearHistory()
    }
}
