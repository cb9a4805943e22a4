/// What answer checking says about one line: the lesson author's words (lesson text, in the
/// learner's language when the lesson is translated), taster's own (``CheckingMessage``, worded
/// by the layer that shows them), or several of these in order.
public struct Feedback: Sendable, Equatable, ExpressibleByStringLiteral {
    /// One piece of feedback.
    public enum Part: Sendable, Equatable {
        /// The author's words, as the lesson gives them.
        case authored(String)
        /// Taster's own words, as a fact.
        case checking(CheckingMessage)
    }

    /// The pieces, in the order they are said.
    public var parts: [Part]

    /// Feedback of `parts`, in order.
    public init(_ parts: [Part]) {
        self.parts = parts
    }

    /// The author's words.
    public static func authored(_ text: String) -> Feedback { Feedback([.authored(text)]) }

    /// Taster's own words for `message`.
    public static func checking(_ message: CheckingMessage) -> Feedback { Feedback([.checking(message)]) }

    /// The author's words written in a test or a lesson literal.
    public init(stringLiteral text: String) {
        self.init([.authored(text)])
    }

    /// This feedback followed by `other`.
    public static func + (first: Feedback, other: Feedback) -> Feedback {
        Feedback(first.parts + other.parts)
    }

    /// The author's texts in it, in order (taster's own words are left out).
    public var authoredTexts: [String] {
        parts.compactMap { if case .authored(let text) = $0 { text } else { nil } }
    }

    /// The messages of taster's own in it, in order.
    public var messages: [CheckingMessage] {
        parts.compactMap { if case .checking(let message) = $0 { message } else { nil } }
    }
}
