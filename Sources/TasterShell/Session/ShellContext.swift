import Foundation
import TasterWording
import TasterEngine

/// Everything a learner session needs from outside, built once by the command that starts it.
public struct ShellContext {
    /// Where the learner's lines come from.
    public var reader: any LineReader
    /// Every sentence the learner reads, in their language.
    public var catalogue: Catalogue
    /// The words for the engine's events, from ``catalogue``.
    public var wording: EventWording { EventWording(catalogue) }
    /// Writes text to the screen (a newline is added).
    public var write: (String) -> Void
    /// Colour, monochrome or plain (screen-reader) output.
    public var style: OutputStyle
    /// The width to wrap text to, asked each time so a resize is noticed.
    public var width: () -> Int
    /// The number of rows on the screen, asked each time, so the menu is cut into pages that fit.
    public var rows: () -> Int
    /// Whether the window was resized since last asked (never in plain mode).
    public var takeResizeNotice: () -> Bool
    /// Whether SIGHUP or SIGTERM asked taster to stop.
    public var terminationRequested: () -> Bool
    /// The clock.
    public var clock: EngineClock
    /// Waits, for the growing pause after wrong learner codes.
    public var pause: (TimeInterval) -> Void
    /// Reads text aloud, when `--speak` is on.
    public var speaker: (any Speaker)?
    /// Whether the learner's input is a terminal (not piped), so kiosk mode knows input can end.
    public var inputIsTerminal: Bool
    /// Whether the last end of input was the idle timeout.
    public var idleExpired: () -> Bool
    /// The taster session this terminal is pinned to (`TASTER_SESSION`): activity counts towards
    /// that session only while it is open. Nil: activity counts towards whichever session is open.
    public var sessionPin: String?
    /// Unknown codes typed at this terminal lately, across learners.
    public var wrongCodes: any WrongCodeTally = MemoryWrongCodeTally()
    /// Waits while keys typed meanwhile are neither shown nor kept (the pause after unknown
    /// codes, so a code typed during it does not appear on screen or get read afterwards).
    public var quietPause: (TimeInterval) -> Void
    /// Tells the idle timer whether a learner is at the terminal (nobody is, at the welcome).
    public var learnerPresent: (Bool) -> Void = { _ in }
    /// The languages a learner chooses from at the welcome, each catalogue speaking its own;
    /// fewer than two (one installed, or `--language` given): nobody is asked.
    public var languageChoices: [Catalogue] = []
    /// The language on screen now, for what outlives one visit (the idle warning, the kiosk's
    /// last prompt); a visit keeps it in step with the learner's choice.
    public var languageOnScreen: LanguageOnScreen
    /// Whether each step shows the English beneath the learner's language (`--bilingual`, or
    /// chosen at the welcome), for learners who are learning English.
    public var bilingual = false

    /// Creates a context from its parts.
    public init(
        reader: any LineReader, write: @escaping (String) -> Void, style: OutputStyle,
        width: @escaping () -> Int = { 80 }, rows: @escaping () -> Int = { 24 }, takeResizeNotice: @escaping () -> Bool = { false },
        terminationRequested: @escaping () -> Bool = { false }, clock: EngineClock = .live,
        pause: @escaping (TimeInterval) -> Void = { _ in }, speaker: (any Speaker)? = nil,
        inputIsTerminal: Bool = false, idleExpired: @escaping () -> Bool = { false }, sessionPin: String? = nil,
        catalogue: Catalogue = .english, languageOnScreen: LanguageOnScreen? = nil
    ) {
        self.catalogue = catalogue
        self.languageOnScreen = languageOnScreen ?? LanguageOnScreen(catalogue)
        self.sessionPin = sessionPin
        self.inputIsTerminal = inputIsTerminal
        self.idleExpired = idleExpired
        self.reader = reader
        self.write = write
        self.style = style
        self.width = width
        self.rows = rows
        self.takeResizeNotice = takeResizeNotice
        self.terminationRequested = terminationRequested
        self.clock = clock
        self.pause = pause
        self.quietPause = pause
        self.speaker = speaker
    }
}
