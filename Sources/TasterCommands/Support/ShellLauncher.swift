import Foundation
import TasterLessons
import TasterShell
import TasterStore
import TasterWording

/// Builds the learner's terminal (signals, locale, line reader, style, reading aloud) once, and
/// runs a session, kiosk mode or a preview in it.
struct ShellLauncher {
    let environment: TasterEnvironment
    let options: ShellOptions
    /// Warn after this many seconds without input, and end the session this long after (kiosk only).
    var idleSeconds: (warn: TimeInterval, end: TimeInterval)?
    /// The data folder, where this terminal's count of unknown codes is kept; nil (a preview)
    /// keeps it in memory.
    var dataFolder: URL?

    /// Makes the context and calls `body` with it; the terminal is restored afterwards.
    func withContext<T>(_ body: (ShellContext) -> T) throws -> T {
        _ = TerminalLocale.useUTF8()
        let watcher = try SignalWatcher()
        defer { watcher.stop() }
        let inputIsTerminal = isatty(STDIN_FILENO) == 1
        let outputIsTerminal = isatty(STDOUT_FILENO) == 1
        if LineReaderFactory.kind(inputIsTerminal: inputIsTerminal, outputIsTerminal: outputIsTerminal) == .editLine {
            SignalWatcher.ignoreKeyboardSignals()
        }
        let languageOnScreen = LanguageOnScreen(environment.catalogue)
        let timer = idleSeconds.map { IdleTimer(warnAfter: $0.warn, endAfter: $0.end) }
        let baseReader = LineReaderFactory.make(shouldStop: { watcher.stopRequested || (timer?.readShouldStop ?? false) })
        let output = TerminalOutput()
        let style = OutputStyle.decide(outputIsTerminal: outputIsTerminal, environment: environment.variables, plainRequested: options.plain)
        let reader: any LineReader = timer.map { timer in
            IdleAwareReader(baseReader, timer: timer, language: languageOnScreen) { message in
                // Wrapped to the window as every other sentence is, so that no word is split
                // at its edge; the blank lines before it are kept.
                let gap = message.prefix { $0 == "\n" }
                output.write(gap + style.formatLessonText(String(message.dropFirst(gap.count)), width: TerminalSize.current().wrapWidth) + "\n")
            }
        } ?? baseReader
        var speaker: (any Speaker)?
        if options.speak {
            speaker = EspeakSpeaker(voice: environment.catalogue.speechVoice)
            if speaker == nil { output.write(environment.catalogue.text(.speakerMissing) + "\n") }
        }
        let context = ShellContext(
            reader: reader, write: { output.write($0 + "\n") }, style: style,
            width: { TerminalSize.current().wrapWidth }, rows: { TerminalSize.current().rows },
            takeResizeNotice: { !style.isPlain && watcher.takeResizeNotice() },
            terminationRequested: { watcher.terminationEvent != nil },
            clock: environment.clock, pause: environment.pause, speaker: speaker,
            inputIsTerminal: inputIsTerminal, idleExpired: { (reader as? IdleAwareReader)?.expired ?? false },
            sessionPin: environment.sessionPin, catalogue: environment.catalogue, languageOnScreen: languageOnScreen)
        var withTimer = context
        // Asked at the welcome unless --language chose already.
        withTimer.languageChoices = options.language == nil ? Catalogue.all : []
        withTimer.bilingual = options.bilingual
        if let dataFolder {
            withTimer.wrongCodes = FileWrongCodeTally(folder: dataFolder, terminal: FileWrongCodeTally.terminalName())
        }
        let pause = environment.pause
        withTimer.quietPause = { seconds in Self.pauseWithoutEcho(seconds, inputIsTerminal: inputIsTerminal, pause: pause) }
        if let timer {
            timer.setLearnerPresent(false)
            withTimer.learnerPresent = { timer.setLearnerPresent($0) }
        }
        return body(withTimer)
    }

    /// Waits with echo off, then throws away what was typed meanwhile, so keys pressed during
    /// the pause are neither shown nor read as the next answer.
    private static func pauseWithoutEcho(_ seconds: TimeInterval, inputIsTerminal: Bool, pause: (TimeInterval) -> Void) {
        var original = termios()
        guard inputIsTerminal, tcgetattr(STDIN_FILENO, &original) == 0 else {
            pause(seconds)
            return
        }
        var quiet = original
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        pause(seconds)
        // TCSAFLUSH discards input not yet read: the keys typed during the pause.
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
    }

    /// Loads the lesson library, writing a kind message when there are no usable lessons.
    func library(folder: String) -> LessonLibrary? {
        let (library, problems) = LessonLibrary.load(paths: [folder])
        if library.lessons.isEmpty {
            environment.output.writeError(environment.catalogue.text(.launchNoLessons, ["folder": folder]))
            return nil
        }
        if problems.contains(where: { $0.severity == .error }) {
            environment.output.writeError(environment.catalogue.text(.launchSomeLessonsLeftOut, ["folder": folder]))

        }
        return library
    }
}
