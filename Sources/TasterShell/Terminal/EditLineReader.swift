import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines on a terminal with libedit: arrow keys, history, Tab completion, resizing.
///
/// Use it only when standard input and standard output are both terminals (see
/// `LineReaderFactory`). Choices made, each found necessary by experiment:
/// - The locale is switched to UTF-8 first, or libedit drops every non-ASCII byte.
/// - Signal generation is turned off while editing, and Ctrl-C is bound to a function that marks
///   the line as interrupted; catching SIGINT instead is racy and can leave the terminal raw.
///   Outside editing the shell should ignore SIGINT (`SignalWatcher.ignoreKeyboardSignals()`).
/// - libedit's own signal handling is on, so a resize redraws the line and a fatal signal
///   restores the terminal; the terminal is back in its normal mode whenever no line is being
///   read.
/// - History lives in memory only: nothing is loaded, saved or read from ~/.editrc.
/// - Keys are read by `KeyboardReader` rather than libedit's own reader, which retries a read
///   interrupted by a signal and so could never notice SIGTERM: once `shouldStop` returns true
///   the line ends, libedit restores the terminal, and `readLine` returns `.endOfInput`.
/// - Call it from the main thread: the signals libedit handles must be delivered to the thread
///   that is reading, and the kernel prefers the main thread (dispatch worker threads block
///   them).
public final class EditLineReader: LineReader {
    private let state: EditorState
    private let history: OpaquePointer
    private var editor: OpaquePointer
    private let programName: String
    private let input: Int32 = STDIN_FILENO
    /// The terminal's modes from before `prepareForSecret()` turned echo off; nil when echo was
    /// not turned off ahead of a read.
    private var modesBeforeHush: termios?

    /// Sets up libedit on standard input and output, remembering at most `historySize` lines.
    /// Reads end as if at the end of input once `shouldStop` returns true (pass
    /// `SignalWatcher.stopRequested`). Returns nil if libedit cannot be started.
    public init?(
        programName: String = "taster",
        historySize: Int = 100,
        shouldStop: @escaping @Sendable () -> Bool = { false }
    ) {
        TerminalLocale.useUTF8()
        guard let history = history_init() else { return nil }
        cel_history_set_size(history, Int32(clamping: historySize))
        cel_history_set_unique(history, 1)
        let state = EditorState(
            output: TerminalOutput(),
            keyboard: KeyboardReader(descriptor: STDIN_FILENO, shouldStop: shouldStop),
            shouldStop: shouldStop)
        guard let editor = Self.makeEditor(programName: programName, history: history, state: state) else {
            history_end(history)
            return nil
        }
        self.programName = programName
        self.history = history
        self.state = state
        self.editor = editor
    }

    deinit {
        restoreModesBeforeHush()
        el_end(editor)
        cel_history_wipe(history)
        history_end(history)
    }

    /// Shows `prompt` (escape sequences in it, such as bold, are allowed) and lets the learner
    /// edit a line. Ctrl-C gives `.interrupted`; Ctrl-D on an empty line, or a closed terminal,
    /// gives `.endOfInput`. The line is not added to history: call `addToHistory(_:)`.
    public func readLine(prompt: String) -> LineInput {
        // libedit takes the terminal's current modes as the ones to restore, so echo must be
        // back before it starts.
        restoreModesBeforeHush()
        guard !state.shouldStop() else { return .endOfInput }
        state.interrupted = false
        let (lead, lastLine) = Self.splitPrompt(prompt, columns: TerminalSize.current().columns)
        if !lead.isEmpty { state.output.write(lead + "\n") }
        state.setPrompt(Self.markingEscapeSequences(in: lastLine))
        var count: Int32 = 0
        var raw = el_gets(editor, &count)
        while state.resizedText != nil, !state.shouldStop() {
            // The window changed size while the learner typed: the line was ended so that the
            // step and the prompt are printed once, re-wrapped, with the typed text put back.
            let typed = state.resizedText ?? ""
            state.resizedText = nil
            state.redraw?()
            if !lead.isEmpty { state.output.write(lead + "\n") }
            if !typed.isEmpty { el_push(editor, typed) }
            raw = el_gets(editor, &count)
        }
        if state.shouldStop() {
            // The line was cut short, so libedit did not move to a new line.
            state.output.write("\n")
            return .endOfInput
        }
        guard let raw, count > 0 else {
            // Ctrl-D echoes nothing, so end the prompt's line here.
            state.output.write("\n")
            return .endOfInput
        }
        if state.interrupted {
            return .interrupted
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") {
            line.removeLast()
        }
        return .line(line)
    }

    /// Reads a line without echoing it, outside libedit (see `TerminalSecretReader`).
    public func readSecret(prompt: String) -> LineInput {
        let modesToRestore = modesBeforeHush
        modesBeforeHush = nil
        guard !state.shouldStop() else {
            if var modes = modesToRestore { _ = tcsetattr(input, TCSADRAIN, &modes) }
            return .endOfInput
        }
        return TerminalSecretReader(input: input, output: state.output, shouldStop: state.shouldStop)
            .read(prompt: prompt, restoringTo: modesToRestore)
    }

    /// Turns echo off and drops type-ahead at once, before the step that leads to the secret
    /// prompt is saved (which can take seconds on a busy store): keys typed meanwhile stay
    /// unseen and are read by `readSecret(prompt:)`.
    public func prepareForSecret() {
        guard modesBeforeHush == nil else { return }
        var original = termios()
        guard tcgetattr(input, &original) == 0 else { return }
        var hushed = original
        hushed.c_lflag &= ~tcflag_t(ECHO)
        guard tcsetattr(input, TCSANOW, &hushed) == 0 else { return }
        _ = tcflush(input, TCIFLUSH)
        modesBeforeHush = original
    }

    /// Puts echo back if `prepareForSecret()` turned it off and no secret was read after all.
    private func restoreModesBeforeHush() {
        guard var modes = modesBeforeHush else { return }
        modesBeforeHush = nil
        _ = tcsetattr(input, TCSADRAIN, &modes)
    }

    /// Sets what is printed again after a resize while a line is typed.
    public func setResizeRedraw(_ redraw: (() -> Void)?) {
        state.redraw = redraw
    }

    /// Sets the source of Tab completion candidates.
    public func setCompletions(_ provider: @escaping (String) -> [String]) {
        state.completionProvider = provider
    }

    /// Remembers `line` for the up arrow, unless it is empty or repeats the previous line.
    public func addToHistory(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        cel_history_enter(history, line)
    }

    /// The number of lines remembered.
    public var historyCount: Int {
        Int(cel_history_count(history))
    }

    /// Overwrites and forgets every remembered line, and starts a fresh editor so that text
    /// deleted with Ctrl-U or Ctrl-K cannot be pasted back by the next learner.
    public func clearHistory() {
        cel_history_wipe(history)
        if let fresh = Self.makeEditor(programName: programName, history: history, state: state) {
            el_end(editor)
            editor = fresh
        }
    }

    private static func makeEditor(programName: String, history: OpaquePointer, state: EditorState) -> OpaquePointer? {
        guard let editor = cel_init(programName) else { return nil }
        cel_set_clientdata(editor, Unmanaged.passUnretained(state).toOpaque())
        cel_set_editor_emacs(editor)
        cel_set_signal(editor, 1)
        cel_set_read_function(editor, readCallback)
        cel_set_tty_no_isig(editor)
        cel_set_history(editor, history)
        cel_set_prompt(editor, promptCallback, nonPrintingMarker)
        cel_add_function(editor, "taster-complete", "Complete the word being typed", completeCallback)
        cel_add_function(editor, "taster-interrupt", "Abandon the line being typed", interruptCallback)
        cel_bind(editor, "^I", "taster-complete")
        cel_bind(editor, "^C", "taster-interrupt")
        return editor
    }

    /// A prompt too wide for the screen is wrapped between words: all but its last line are
    /// printed before editing starts, and only the last line is libedit's prompt, so no word is
    /// split at the edge and a redraw after a resize repeats nothing. Room is left to type.
    static func splitPrompt(_ prompt: String, columns: Int) -> (lead: String, prompt: String) {
        let roomToType = 12
        guard DisplayWidth.of(prompt) + roomToType > columns, columns > roomToType * 2 else { return ("", prompt) }
        let trailing = String(prompt.reversed().prefix { $0 == " " })
        let lines = TextWrapper.wrap(prompt, width: columns - roomToType).split(separator: "\n").map(String.init)
        guard lines.count > 1 else { return ("", prompt) }
        return (lines.dropLast().joined(separator: "\n"), lines.last! + trailing)
    }

    /// The byte that brackets non-printing parts of the prompt for libedit.
    private static let nonPrintingMarker: CChar = 1

    /// Brackets each escape sequence in `prompt` with the marker byte, so libedit prints it
    /// but does not count it as taking columns.
    static func markingEscapeSequences(in prompt: String) -> String {
        let marker = Unicode.Scalar(UInt8(nonPrintingMarker))
        var output = String.UnicodeScalarView()
        var scalars = prompt.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "\u{1B}" else {
                if scalar != marker {
                    output.append(scalar)
                }
                continue
            }
            output.append(marker)
            output.append(scalar)
            if scalars.first == "[" {
                output.append(scalars.removeFirst())
                while let next = scalars.popFirst() {
                    output.append(next)
                    if (0x40...0x7E).contains(next.value) { break }
                }
            } else if let next = scalars.popFirst() {
                output.append(next)
            }
            output.append(marker)
        }
        return String(output)
    }
}

/// What the C callbacks need: they cannot capture Swift context, so libedit hands this back
/// through its client-data pointer.
private final class EditorState {
    let output: TerminalOutput
    let keyboard: KeyboardReader
    let escapes = EscapeSequenceFilter()
    let shouldStop: @Sendable () -> Bool
    var interrupted = false
    /// The size the editor last laid the line out for.
    var knownSize = TerminalSize.current()
    var completionProvider: ((String) -> [String])?
    /// What to print again after a resize during a line; nil: libedit redraws the line alone.
    var redraw: (() -> Void)?
    /// The text being typed when a resize ended the line, to be put back; nil otherwise.
    var resizedText: String?
    private(set) var prompt: UnsafeMutablePointer<CChar>?

    init(output: TerminalOutput, keyboard: KeyboardReader, shouldStop: @escaping @Sendable () -> Bool) {
        self.output = output
        self.keyboard = keyboard
        self.shouldStop = shouldStop
    }

    deinit {
        free(prompt)
    }

    func setPrompt(_ text: String) {
        free(prompt)
        prompt = strdup(text)
    }
}

private func editorState(_ editor: OpaquePointer?) -> EditorState? {
    guard let editor, let raw = cel_get_clientdata(editor) else { return nil }
    return Unmanaged<EditorState>.fromOpaque(raw).takeUnretainedValue()
}

private let promptCallback: cel_prompt_function = { editor in
    editorState(editor)?.prompt
}

/// Reads one key for libedit: 1 with a character, 0 at the end of input or when asked to stop.
private let readCallback: cel_read_function = { editor, character in
    guard let editor, let character, let state = editorState(editor) else { return -1 }
    while true {
        let key = state.escapes.next(read: state.keyboard.next, readSoon: { state.keyboard.next(within: 40) })
        switch key {
        case .character(let scalar):
            // Ctrl-Space sends NUL, which libedit takes as "read the next key literally": the
            // learner's next Enter would then show ^M and do nothing. No answer needs a NUL.
            if scalar.value == 0 { continue }
            character.pointee = wchar_t(bitPattern: scalar.value)
            return 1
        case .end:
            return 0
        case .failure:
            return -1
        case .interrupted:
            // libedit handles the first resize during a line itself, then hands the signal on;
            // later ones reach only the shell's handler, so redraw here when the size changed.
            let size = TerminalSize.current()
            if size != state.knownSize {
                state.knownSize = size
                el_resize(editor)
                if state.redraw != nil, let line = el_line(editor)?.pointee {
                    // End the line here (its text is kept) so that the reader prints the step
                    // and the prompt once, wrapped to the new width.
                    let typed = UnsafeBufferPointer(start: line.buffer, count: line.lastchar - line.buffer)
                    state.resizedText = String(decoding: typed.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                    el_cursor(editor, Int32(state.resizedText!.unicodeScalars.count))
                    character.pointee = wchar_t(10)
                    return 1
                }
                cel_refresh(editor)
            }
        }
    }
}

/// Ctrl-C: move to the end, show "^C", and finish the line as Enter would (so libedit moves to
/// a new line and leaves the terminal tidy); `readLine` then reports it as interrupted.
private let interruptCallback: cel_key_function = { editor, _ in
    guard let editor, let state = editorState(editor), let line = el_line(editor)?.pointee else {
        return UInt8(CC_ERROR)
    }
    state.interrupted = true
    let afterCursor = UnsafeBufferPointer(start: line.cursor, count: line.lastchar - line.cursor)
    let charactersAfterCursor = String(decoding: afterCursor.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        .unicodeScalars.count
    el_cursor(editor, Int32(charactersAfterCursor))
    el_insertstr(editor, "^C")
    el_push(editor, "\n")
    return UInt8(CC_REFRESH)
}

/// Tab: complete from the shell's candidates (see `WordCompleter`).
private let completeCallback: cel_key_function = { editor, _ in
    guard let editor, let state = editorState(editor), let provider = state.completionProvider,
          let line = el_line(editor)?.pointee else {
        return UInt8(CC_REFRESH_BEEP)
    }
    let beforeCursor = UnsafeBufferPointer(start: line.buffer, count: line.cursor - line.buffer)
    let text = String(decoding: beforeCursor.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    switch WordCompleter.complete(textBeforeCursor: text, candidates: provider(text)) {
    case .replace(let deleting, let insertion):
        if deleting > 0 {
            el_deletestr(editor, Int32(deleting))
        }
        el_insertstr(editor, insertion)
        return UInt8(CC_REFRESH)
    case .list(let candidates):
        // One per line: choices can be phrases, and a column layout reads badly aloud.
        state.output.write("\n" + candidates.joined(separator: "\n") + "\n")
        return UInt8(CC_REDISPLAY)
    case .nothing:
        return UInt8(CC_REFRESH_BEEP)
    }
}
