/// Keeps escape sequences out of answers: lets through the few that libedit edits with (the
/// arrow keys, Home, End and Delete) and swallows every other one a beginner's keyboard can send
/// (Page Up and Page Down, Insert, the F-keys, a lone Esc, Alt with a key), which libedit would
/// otherwise type into the line as "~" or "[15~".
final class EscapeSequenceFilter {
    /// The sequences passed on to libedit, without their leading Esc.
    static let editingKeys: Set<String> = [
        "[A", "[B", "[C", "[D", "OA", "OB", "OC", "OD",
        "[H", "[F", "OH", "OF", "[1~", "[4~", "[7~", "[8~", "[3~",
    ]

    /// The rest of an allowed sequence, handed out one character at a time.
    private var pending: [Unicode.Scalar] = []

    /// The next key for libedit. `read` waits for a key; `readSoon` gives the next key only if
    /// it arrives at once (the rest of a sequence comes with its Esc), else nil.
    func next(
        read: () -> KeyboardReader.Outcome, readSoon: () -> KeyboardReader.Outcome?
    ) -> KeyboardReader.Outcome {
        if !pending.isEmpty { return .character(pending.removeFirst()) }
        var escapeRead = false
        while true {
            if !escapeRead {
                let first = read()
                guard first == .character("\u{1B}") else { return first }
            }
            escapeRead = false
            guard let second = readSoon() else { continue }  // a lone Esc does nothing
            guard case .character(let introducer) = second else { return second }
            // Esc then another key at once: the first Esc was alone, and the second may start
            // a sequence (Esc then Home must not type "[1~").
            if introducer == "\u{1B}" {
                escapeRead = true
                continue
            }
            guard introducer == "[" || introducer == "O" else {
                // Alt with a key: the key alone.
                return second
            }
            var body = String(introducer)
            while body.unicodeScalars.count < 16, let following = readSoon() {
                guard case .character(let scalar) = following else { return following }
                body.unicodeScalars.append(scalar)
                // "[[A" is an F-key on the Linux console: its final letter belongs to it.
                if introducer == "O" || (body != "[[" && (0x40...0x7E).contains(scalar.value) && body.count > 1) { break }
            }
            if Self.editingKeys.contains(body) {
                pending = Array(body.unicodeScalars)
                return .character("\u{1B}")
            }
        }
    }
}
