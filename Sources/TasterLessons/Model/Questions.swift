/// One option of a choice step.
public struct ChoiceOption: Sendable, Equatable {
    /// The option as the learner reads it.
    public var text: String
    /// Whether picking it is right.
    public var correct: Bool
    /// Said when the learner picks it: why it is right, or kindly why not.
    public var feedback: String?
    /// Where the option is written.
    public var location: SourceLocation

    /// Creates an option.
    public init(text: String, correct: Bool = false, feedback: String? = nil, location: SourceLocation = .start) {
        self.text = text
        self.correct = correct
        self.feedback = feedback
        self.location = location
    }
}

/// A multiple-choice question.
public struct ChoiceQuestion: Sendable, Equatable {
    /// How many of the correct options the learner must pick.
    public enum Pick: String, Sendable, Equatable {
        /// Every correct option (the default when more than one is correct).
        case all
        /// Any one correct option.
        case any
    }

    /// The options, in the order shown (numbered 1, 2, 3 and lettered a, b, c).
    public var options: [ChoiceOption]
    /// Whether all correct options or any one of them must be picked.
    public var pick: Pick

    /// Creates a choice question.
    public init(options: [ChoiceOption], pick: Pick = .all) {
        self.options = options
        self.pick = pick
    }

    /// The positions of the correct options.
    public var correctIndices: [Int] {
        options.indices.filter { options[$0].correct }
    }
}

/// A wrong answer the author expects, with what to say about it.
public struct KnownWrongAnswer: Sendable, Equatable {
    /// The wrong answer, compared with the same forgiving rules as accepted answers.
    public var answer: String
    /// What to tell the learner.
    public var feedback: String
    /// Where it is written.
    public var location: SourceLocation

    /// Creates a known wrong answer.
    public init(answer: String, feedback: String, location: SourceLocation = .start) {
        self.answer = answer
        self.feedback = feedback
        self.location = location
    }
}

/// A free-text question.
public struct TextQuestion: Sendable, Equatable {
    /// Answers that are right; the first is the model answer.
    public var accept: [String]
    /// Regular expressions that a right answer matches in full (case is ignored).
    public var patterns: [String]
    /// Wrong answers with their own feedback.
    public var wrong: [KnownWrongAnswer]
    /// Whether small typos are forgiven (on by default).
    public var forgiveTypos: Bool
    /// Where `accept` is written, for messages.
    public var location: SourceLocation

    /// Creates a text question.
    public init(
        accept: [String], patterns: [String] = [], wrong: [KnownWrongAnswer] = [],
        forgiveTypos: Bool = true, location: SourceLocation = .start
    ) {
        self.accept = accept
        self.patterns = patterns
        self.wrong = wrong
        self.forgiveTypos = forgiveTypos
        self.location = location
    }
}

/// A wrong number the author expects, with what to say about it.
public struct KnownWrongNumber: Sendable, Equatable {
    /// The wrong value.
    public var value: Double
    /// What to tell the learner.
    public var feedback: String
    /// Where it is written.
    public var location: SourceLocation

    /// Creates a known wrong number.
    public init(value: Double, feedback: String, location: SourceLocation = .start) {
        self.value = value
        self.feedback = feedback
        self.location = location
    }
}

/// A question answered with a number, such as an amount in pounds.
public struct NumberQuestion: Sendable, Equatable {
    /// The right value.
    public var value: Double
    /// How far from the value an answer may be and still be right.
    public var tolerance: Double
    /// Wrong values with their own feedback.
    public var wrong: [KnownWrongNumber]
    /// How to show the value: as pounds, a percentage or a plain number.
    public var unit: NumberUnit

    /// Creates a number question.
    public init(value: Double, tolerance: Double = 0, wrong: [KnownWrongNumber] = [], unit: NumberUnit = .plain) {
        self.value = value
        self.tolerance = tolerance
        self.wrong = wrong
        self.unit = unit
    }
}

/// How a number step's value is written back to the learner.
public enum NumberUnit: String, Sendable, Equatable, CaseIterable {
    /// Pounds and pence: £1,234.50.
    case pounds
    /// A percentage: 12.5%.
    case percent
    /// A plain number: 1234.5.
    case plain
}

/// A typing drill: type exactly this.
public struct TypingDrill: Sendable, Equatable {
    /// The exact text to type, such as a web address.
    public var target: String

    /// Creates a typing drill.
    public init(target: String) {
        self.target = target
    }
}

/// Practice at making a strong password or passphrase.
public struct SecretPractice: Sendable, Equatable {
    /// The fewest characters a good answer has.
    public var minLength: Int
    /// The fewest separate words a good answer has.
    public var minWords: Int

    /// Creates a secret step's rules.
    public init(minLength: Int = 12, minWords: Int = 3) {
        self.minLength = minLength
        self.minWords = minWords
    }
}

/// Put the items in the right order.
public struct OrderQuestion: Sendable, Equatable {
    /// The items in their right order, as the author wrote them.
    public var items: [String]
    /// The order the items are shown in: `shownOrder[k]` is the index in `items` of the k-th shown item.
    public var shownOrder: [Int]

    /// Creates an order question; the shown order is mixed up the same way every time.
    public init(items: [String], shownOrder: [Int]? = nil) {
        self.items = items
        self.shownOrder = shownOrder ?? OrderQuestion.mixedOrder(count: items.count)
    }

    /// The items in the order the learner sees them.
    public var shownItems: [String] { shownOrder.map { items[$0] } }

    /// The right answer in shown numbers (1-based), such as `[3, 1, 2]`.
    public var answerInShownNumbers: [Int] {
        items.indices.map { itemIndex in shownOrder.firstIndex(of: itemIndex)! + 1 }
    }

    /// A fixed mix-up that never leaves the items in their right order (for two or more items):
    /// every second item from the end, then the rest.
    public static func mixedOrder(count: Int) -> [Int] {
        guard count > 1 else { return Array(0..<count) }
        let odd = stride(from: count - 1, through: 0, by: -2).map { $0 }
        let even = stride(from: count - 2, through: 0, by: -2).map { $0 }
        let mixed = odd + even
        return mixed == Array(0..<count) ? Array(mixed.reversed()) : mixed
    }
}
