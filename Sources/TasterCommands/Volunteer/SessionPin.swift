/// The session a terminal is pinned to.
extension TasterEnvironment {
    /// The environment variable that pins a terminal to one session by name.
    static let sessionPinVariable = "TASTER_SESSION"

    /// `TASTER_SESSION`, when set and not blank: this terminal's activity counts towards that
    /// session only while it is open. Pass it to the shell as `ShellContext.sessionPin`.
    var sessionPin: String? {
        guard let name = variables[Self.sessionPinVariable], !name.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return name
    }
}
