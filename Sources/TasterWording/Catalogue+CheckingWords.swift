import TasterLessons

extension Catalogue {
    /// What answer checking said, in this language: the author's words as the lesson gives
    /// them, taster's own from the catalogue, one after another.
    public func text(of feedback: Feedback) -> String {
        feedback.parts.map { part in
            switch part {
            case .authored(let text): text
            case .checking(let message): text(of: message)
            }
        }
        .joined(separator: " ")
    }

    /// Whether `feedback` already tells the learner they can ask for a hint: one of taster's
    /// own messages that says so, or the author's words using this language's word for hints.
    public func mentionsHint(_ feedback: Feedback) -> Bool {
        feedback.messages.contains(where: \.mentionsHint)
            || feedback.authoredTexts.contains { $0.localizedCaseInsensitiveContains(text(.eventHintWord)) }
    }

    /// One of answer checking's own messages, in this language.
    public func text(of message: CheckingMessage) -> String {
        switch message {
        case .notQuite: text(.checkingNotQuite)
        case .notQuiteNumber: text(.checkingNotQuiteNumber)
        case .answerTooLong: text(.checkingAnswerTooLong)
        case .typeAnAnswer: text(.checkingTypeAnAnswer)
        case .choiceAdvice: text(.checkingChoiceAdvice)
        case .onlyChoices(let count): text(one: .checkingOnlyChoicesOne, other: .checkingOnlyChoicesOther, count: count)
        case .partOfIt: text(.checkingPartOfIt)
        case .someRightSomeWrong: text(.checkingSomeRightSomeWrong)
        case .onlyOneIsRight: text(.checkingOnlyOneIsRight)
        case .numberAdvice(let unit, let example):
            switch unit {
            // The general advice (a number not read at all) gives a money example.
            case .pounds?, nil: text(.checkingNumberAdvicePounds, ["example": example])
            case .percent?: text(.checkingNumberAdvicePercent, ["example": example])
            case .plain?: text(.checkingNumberAdvicePlain, ["example": example])
            }
        case .decimalCommaAdvice: text(.checkingDecimalComma)
        case .decimalPointAdvice: text(.checkingDecimalPoint)
        case .orderAdvice(let example): text(.checkingOrderAdvice, ["example": example])
        case .orderNotQuite(let inPlace, let count):
            inPlace == 0
                ? text(.checkingOrderNoneInPlace, ["count": "\(count)"])
                : text(one: .checkingOrderInPlaceOne, other: .checkingOrderInPlaceOther, count: inPlace, ["placed": "\(inPlace)", "count": "\(count)"])
        case .typeAPassphrase: text(.checkingTypeAPassphrase)
        case .strongPassphrase: text(.checkingStrongPassphrase)
        case .notStrongEnough: text(.checkingNotStrongEnough)
        case .commonPassword: text(.checkingCommonPassword)
        case .makeItLonger(let minLength): text(.checkingMakeItLonger, ["length": "\(minLength)"])
        case .useMoreWords(let minWords): text(.checkingUseMoreWords, ["words": "\(minWords)"])
        case .useDifferentWords: text(.checkingUseDifferentWords)
        case .passphraseTip: text(.checkingPassphraseTip)
        }
    }

    /// A step's solution, in this language; an order's is one line per item.
    public func text(of solution: StepSolution) -> String {
        switch solution {
        case .written(let text):
            return text
        case .choice(let options, let anyOne):
            let named = options.map { text(.solutionChoiceOption, ["number": "\($0.number)", "text": $0.text]) }
            guard let last = named.last else { return "" }
            let list = named.dropLast().joined(separator: text(.solutionListSeparator))
            let sentence = named.count == 1
                ? text(.solutionChoiceSingle, ["answer": last])
                : text(anyOne ? .solutionChoiceAny : .solutionChoiceAll, ["list": list, "last": last])
            return SentenceEnding.ended(sentence)
        case .oneAnswer(let answer):
            return text(.solutionOneAnswer, ["answer": answer])
        case .number(let value):
            return text(.solutionNumber, ["value": value])
        case .typeExactly(let target):
            return text(.solutionTypeExactly, ["target": target])
        case .passphrase(let minWords, let minLength):
            return text(.solutionPassphrase, ["words": "\(minWords)", "length": "\(minLength)"])
        case .order(let numbers, let items):
            return ([text(.solutionOrder, ["numbers": numbers])]
                + items.map { text(.solutionOrderItem, ["number": "\($0.number)", "text": $0.text]) }).joined(separator: "\n")
        }
    }
}
