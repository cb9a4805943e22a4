/// A text with the number it is shown with, such as an option or an item to put in order.
public struct NumberedText: Sendable, Equatable {
    /// The number shown beside it, from 1.
    public var number: Int
    /// The text.
    public var text: String

    /// Creates a numbered text.
    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}
