/// A lesson's text, gathered and read once so that every content rule can share the work.
public struct LessonContent: Sendable {
    /// The lesson the text comes from.
    public let lesson: Lesson
    /// Every piece of text a learner or volunteer reads, in reading order.
    public let fields: [ContentField]

    /// Gathers the text of a lesson: title, summary, and for each step its text, options,
    /// feedback, answers, typing target, order items, hints, explanation, solution and note.
    public init(_ lesson: Lesson) {
        self.lesson = lesson
        var fields = [
            ContentField(role: .title, text: lesson.title, location: .start),
            ContentField(role: .summary, text: lesson.summary, location: .start),
        ]
        fields.reserveCapacity(2 + lesson.steps.count * 8)
        for (stepIndex, step) in lesson.steps.enumerated() {
            func add(_ role: ContentField.Role, _ text: String?, at location: SourceLocation? = nil, item: Int? = nil) {
                guard let text, !text.isEmpty else { return }
                // A part the loader could not place falls back to its step.
                let place = location.flatMap { $0 == .start ? nil : $0 } ?? step.location
                fields.append(ContentField(
                    role: role, text: text, location: place, stepIndex: stepIndex, stepID: step.id, itemIndex: item
                ))
            }
            add(.text, step.text)
            switch step.kind {
            case .say, .secret:
                break
            case .choice(let question):
                for (item, option) in question.options.enumerated() {
                    add(.optionText, option.text, at: option.location, item: item)
                    add(.optionFeedback, option.feedback, at: option.location, item: item)
                }
            case .answer(let question):
                for (item, answer) in question.accept.enumerated() {
                    add(.acceptedAnswer, answer, item: item)
                }
                for (item, wrong) in question.wrong.enumerated() {
                    add(.wrongAnswer, wrong.answer, at: wrong.location, item: item)
                    add(.wrongAnswerFeedback, wrong.feedback, at: wrong.location, item: item)
                }
            case .number(let question):
                for (item, wrong) in question.wrong.enumerated() {
                    add(.wrongAnswerFeedback, wrong.feedback, at: wrong.location, item: item)
                }
            case .type(let drill):
                add(.typingTarget, drill.target)
            case .order(let question):
                for (item, text) in question.items.enumerated() {
                    add(.orderItem, text, item: item)
                }
            }
            for (item, hint) in step.hints.enumerated() {
                add(.hint, hint, item: item)
            }
            add(.explanation, step.explain)
            add(.solution, step.solution)
            add(.note, step.note)
        }
        self.fields = fields
    }

    /// The file the lesson came from, for problem reports.
    var path: String { lesson.sourcePath }
}
