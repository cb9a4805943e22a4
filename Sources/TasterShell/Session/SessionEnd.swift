/// How a learner's session ended.
public enum SessionEnd: Equatable, Sendable {
    /// The learner chose to leave.
    case left
    /// Input ended (Ctrl-D, or the end of piped input).
    case endOfInput
    /// Taster was asked to stop (SIGHUP or SIGTERM).
    case terminated
    /// Nobody typed anything for too long (kiosk mode).
    case idle
    /// A volunteer asked to leave kiosk mode.
    case leaveKiosk
}
