/// What the learner gave the engine.
public enum EngineInput: Sendable, Equatable {
    /// A line they typed (without the newline).
    case line(String)
    /// The input ended.
    case endOfInput
}
