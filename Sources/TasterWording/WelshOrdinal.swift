/// "1af", "2il", "3ydd" and so on: Welsh ordinals written with figures, as Welsh public services
/// write them. The ending follows the spoken ordinal (cyntaf, ail, trydydd, pumed, seithfed...).
enum WelshOrdinal {
    /// The ending for each of CLDR's ordinal categories for Welsh, below ten: zero is 0, 7, 8, 9
    /// (seithfed, wythfed, nawfed); one is 1; two is 2; few is 3 and 4; many is 5 and 6.
    static func ending(for category: CountForm) -> String {
        switch category {
        case .zero: "fed"
        case .one: "af"
        case .two: "il"
        case .few: "ydd"
        case .many: "ed"
        case .other: "fed"
        }
    }

    /// CLDR's ordinal category for `number` in Welsh.
    static func category(of number: Int) -> CountForm {
        switch number {
        case 0, 7, 8, 9: .zero
        case 1: .one
        case 2: .two
        case 3, 4: .few
        case 5, 6: .many
        default: .other
        }
    }

    /// The teens that take "eg" (unfed ar ddeg, trydydd ar ddeg, unfed ar bymtheg...); the other
    /// numbers from 10 to 20 take "fed" (degfed, deuddegfed, pymthegfed, deunawfed, ugeinfed).
    private static let egTeens: Set<Int> = [11, 13, 14, 16, 17, 19]

    /// The ordinal for `number`. CLDR's "other" (10 and above) follows the counting that dates and
    /// ordinals keep: a score (20, 40, 60, 80, 100...) takes "fed", any other number above 20
    /// "ain" (21ain, 30ain: unfed ar hugain, degfed ar hugain).
    static func ordinal(_ number: Int) -> String {
        let category = category(of: number)
        guard category == .other, number >= 10 else { return "\(number)\(ending(for: category))" }
        if number <= 20 { return "\(number)\(egTeens.contains(number) ? "eg" : "fed")" }
        return "\(number)\(number % 20 == 0 ? "fed" : "ain")"
    }
}
