/// Kiosk mode for a shared library terminal: one learner after another. After each learner
/// leaves (or walks away), the screen and its scrollback are cleared, the line history is wiped
/// and nothing of theirs is kept in memory; then the welcome shows again for the next person.
public struct KioskLoop {
    private let context: ShellContext
    private let makeSession: () -> LearnerVisit

    /// Creates the loop; `makeSession` builds a fresh session (and nothing else survives it).
    public init(context: ShellContext, makeSession: @escaping () -> LearnerVisit) {
        self.context = context
        self.makeSession = makeSession
    }

    /// The escape sequence that clears the screen and the scrollback.
    public static let clearScreenAndScrollback = "\u{1B}[H\u{1B}[2J\u{1B}[3J"

    /// Runs until a volunteer leaves kiosk mode, taster is stopped, or piped input ends.
    public func run() -> SessionEnd {
        while true {
            let end = makeSession().run()
            context.reader.clearHistory()
            context.speaker?.stop()
            switch end {
            case .terminated, .leaveKiosk:
                context.write(Self.clearScreenAndScrollback)
                return end
            case .endOfInput where !context.inputIsTerminal:
                return end
            case .left, .endOfInput:
                // Ctrl-D leaves as quit does. Time to read the goodbye and copy the code before the screen is cleared. Many
                // learners press Ctrl-C to copy it: that must not clear the screen.
                // The goodbye shows the learner's code: the idle timeout clears it if they walk away.
                context.learnerPresent(true)
                defer { context.learnerPresent(false) }
                var pressed = LineInput.interrupted
                while pressed == .interrupted {
                    // In the language of the learner who is leaving.
                    pressed = context.reader.readLine(prompt: context.languageOnScreen.catalogue.text(.kioskClearPrompt))

                }
                context.write(Self.clearScreenAndScrollback)
                if pressed == .endOfInput, !context.inputIsTerminal { return .endOfInput }
            case .idle:
                context.write(Self.clearScreenAndScrollback)
            }
        }
    }
}
