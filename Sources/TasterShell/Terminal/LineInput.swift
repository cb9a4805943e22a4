/// What came back when the learner was asked for a line.
public enum LineInput: Equatable, Sendable {
    /// A finished line, without its line ending.
    case line(String)
    /// The learner pressed Ctrl-C; whatever they had typed is dropped.
    case interrupted
    /// The learner pressed Ctrl-D on an empty line, or the input ended.
    case endOfInput
}
