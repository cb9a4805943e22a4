import TasterWording

/// A line reader that warns a learner who has gone quiet and ends their session when they do
/// not come back; it wraps the real reader (whose reads stop when the timer says so).
public final class IdleAwareReader: LineReader {
    private let inner: any LineReader
    private let timer: IdleTimer
    private let warn: (String) -> Void
    private let language: LanguageOnScreen
    /// Whether the last end of input came from the idle timeout.
    public private(set) var expired = false

    /// Wraps `inner`; `warn` writes the warning, in the language on screen at that moment.
    public init(_ inner: any LineReader, timer: IdleTimer, language: LanguageOnScreen, warn: @escaping (String) -> Void) {
        self.language = language
        self.inner = inner
        self.timer = timer
        self.warn = warn
    }

    public func readLine(prompt: String) -> LineInput {
        read { inner.readLine(prompt: prompt) }
    }

    public func readSecret(prompt: String) -> LineInput {
        read { inner.readSecret(prompt: prompt) }
    }

    public func prepareForSecret() {
        inner.prepareForSecret()
    }

    public func setCompletions(_ provider: @escaping (String) -> [String]) {
        inner.setCompletions(provider)
    }

    public func setResizeRedraw(_ redraw: (() -> Void)?) {
        inner.setResizeRedraw(redraw)
    }

    public func addToHistory(_ line: String) {
        inner.addToHistory(line)
    }

    public func clearHistory() {
        inner.clearHistory()
        expired = false
        timer.touch()
    }


    private func read(_ body: () -> LineInput) -> LineInput {
        while true {
            let input = body()
            switch input {
            case .endOfInput where timer.stage == .warningDue:
                timer.markWarned()
                let minutes = (timer.secondsLeft + 59) / 60
                warn("\n" + language.catalogue.text(one: .idleWarningOne, other: .idleWarningOther, count: minutes, ["minutes": "\(minutes)"]))

                continue
            case .endOfInput where timer.stage == .expired:
                expired = true
                return input
            default:
                timer.touch()
                return input
            }
        }
    }
}
