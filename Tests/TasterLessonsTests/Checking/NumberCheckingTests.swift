import TasterTestSupport
import Testing
@testable import TasterLessons
import TasterWording

/// Numbers typed as money, percentages or plain values, and how they are written back.
@Suite("Reading, checking and writing numbers", .ownThread)
struct NumberCheckingTests {
    @Test("Numbers are read the way people type them", arguments: [
        ("£1,234.50", 1234.5), ("1234.5", 1234.5), ("1,234", 1234), ("12.5%", 12.5), ("50p", 0.5),
        (" £ 12.50 ", 12.5), ("-3", -3), ("-£3", -3), ("£-3.00", -3), ("£12", 12), ("12.50.", 12.5),
        ("1 234", 1234), ("12 . 50", 12.5), ("1,234,567.89", 1_234_567.89), (".5", 0.5), ("0.5", 0.5), ("5p", 0.05),
        ("12.5 %", 12.5), ("+4", 4), ("12 pounds", 12), ("75 pence", 0.75), ("\u{00A0}£3\u{00A0}", 3),
        ("\u{2212}2", -2), ("007", 7),
        // Welsh: punt (pound), mutated after a number, and ceiniog (penny).
        ("12 punt", 12), ("2 bunt", 2), ("3 phunt", 3), ("20 punnoedd", 20), ("12.50 punt", 12.5), ("75 ceiniog", 0.75), ("5 ceiniogau", 0.05),
    ])
    func reads(text: String, value: Double) {
        #expect(NumberReader.read(text) == .value(value))
        #expect(NumberReader.value(of: text) == value)
    }

    @Test("Things that are not clearly one number are unreadable", arguments: [
        "12.50p", "twelve", "", "£", "12 50", "1,23,4", "12,3456", "1.2.3", "£50p", "£12%", "--3",
        "-£-3", "3-", "12a", "1e3", "0x10", "£ £ 12", "1.234,50",
        // Numbers in words are read in no language: Welsh as English.
        "deuddeg", "50 ceiniog p",
    ])
    func unreadable(text: String) {
        #expect(NumberReader.value(of: text) == nil)
        let verdict = Make.check(text, .number(NumberQuestion(value: 12.5)))
        #expect(verdict == .unreadable(advice: .checking(.numberAdvice(unit: .plain, example: "7.5"))))
        #expect(Make.words(of: verdict) == "Type just the number, for example 7.5.")
    }

    @Test("the advice for an unreadable number fits the step: money only for money", arguments: [
        (NumberQuestion(value: 52), "Type just the number, for example 12."),
        (NumberQuestion(value: 650, wrong: [KnownWrongNumber(value: 12.50, feedback: "One week.")], unit: .pounds), "Type just the number, for example 7.25 or £7.25."),
        (NumberQuestion(value: 10, unit: .percent), "Type just the number, for example 12.5 or 12.5%."),
    ])
    func adviceFitsTheUnit(question: NumberQuestion, advice: String) {
        let verdict = Make.check("twelve", .number(question))
        #expect(Make.isUnreadable(verdict))
        #expect(Make.words(of: verdict) == advice)
    }

    @Test("A comma used for pence gets its own advice", arguments: ["12,50", "£3,5"])
    func decimalComma(text: String) {
        #expect(NumberReader.read(text) == .unreadable(advice: StandardFeedback.decimalCommaAdvice))
    }

    @Test("a decimal comma on a number that is not money speaks of the decimal point, not pence", arguments: [NumberUnit.plain, .percent])
    func decimalCommaNotMoney(unit: NumberUnit) {
        let verdict = Make.check("12,5", .number(NumberQuestion(value: 3, unit: unit)))
        #expect(verdict == .unreadable(advice: StandardFeedback.decimalPointAdvice))
        #expect(Make.check("12,50", .number(NumberQuestion(value: 3, unit: .pounds))) == .unreadable(advice: StandardFeedback.decimalCommaAdvice))
    }

    /// A pounds question with a foreseen wrong amount.
    static let shopping = StepKind.number(NumberQuestion(
        value: 12.5,
        wrong: [KnownWrongNumber(value: 15, feedback: "That is before the discount.")],
        unit: .pounds
    ))

    @Test("The right amount is accepted however it is written", arguments: [
        "12.5", "12.50", "£12.50", "£ 12.50", "1,250p", "1250p", "12.50.", "12.5%", "  £12.5  ",
    ])
    func rightAmount(input: String) {
        #expect(Make.check(input, Self.shopping) == .correct(feedback: nil, spelling: nil))
    }

    @Test("A known wrong amount gets its feedback; others a kind sentence", arguments: [
        ("15", "That is before the discount."), ("£15.00", "That is before the discount."),
        ("1500p", "That is before the discount."), ("12.49", StandardFeedback.notQuiteNumber),
        ("-12.50", StandardFeedback.notQuiteNumber), ("125", StandardFeedback.notQuiteNumber),
    ])
    func wrongAmount(input: String, feedback: Feedback) {
        #expect(Make.check(input, Self.shopping) == .incorrect(feedback: feedback))
    }

    @Test("Tolerance applies to right and known wrong values", arguments: [
        ("3.33", true), ("3.3", true), ("3.35", true), ("3.36", false), ("3.25", true), ("3.24", false),
    ])
    func tolerance(input: String, right: Bool) {
        let kind = StepKind.number(NumberQuestion(value: 3.3, tolerance: 0.05))
        #expect(Make.check(input, kind).isCorrect == right)
    }

    @Test("Known wrong values use the same tolerance")
    func wrongTolerance() {
        let kind = StepKind.number(NumberQuestion(
            value: 10, tolerance: 0.5, wrong: [KnownWrongNumber(value: 20, feedback: "Doubled.")]
        ))
        #expect(Make.check("20.4", kind) == .incorrect(feedback: "Doubled."))
        #expect(Make.check("20.6", kind) == .incorrect(feedback: StandardFeedback.notQuiteNumber))
    }

    @Test("Floating-point error does not make a right sum wrong")
    func floatingPoint() {
        #expect(Make.check("0.3", .number(NumberQuestion(value: 0.1 + 0.2))).isCorrect)
        #expect(!Make.check("0.31", .number(NumberQuestion(value: 0.3))).isCorrect)
    }

    @Test("Values are written for their unit", arguments: [
        (1234.5, NumberUnit.pounds, "£1,234.50"), (12.5, .pounds, "£12.50"), (0.5, .pounds, "£0.50"),
        (-3, .pounds, "-£3.00"), (1_234_567, .pounds, "£1,234,567.00"), (999.999, .pounds, "£1,000.00"),
        (100, .pounds, "£100.00"), (-0.001, .pounds, "£0.00"),
        (12.5, .percent, "12.5%"), (3, .percent, "3%"), (0.25, .percent, "0.25%"),
        (1234.5, .plain, "1234.5"), (-3, .plain, "-3"), (0, .plain, "0"), (0.0000001, .plain, "0.0000001"),
        (1e20, .plain, "100000000000000000000"),
    ])
    func formatting(value: Double, unit: NumberUnit, written: String) {
        #expect(NumberFormatting.string(value, in: unit) == written)
    }

    @Test("Written values read back as the same value", arguments: [1234.5, 0.1, -3, 0.0000001, 12.345678, 1e20])
    func roundTrip(value: Double) {
        #expect(NumberReader.value(of: NumberFormatting.plain(value)) == value)
    }
}
