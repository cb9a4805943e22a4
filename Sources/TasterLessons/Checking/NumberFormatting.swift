import Foundation

/// Writes numbers the way a learner reads them: `£1,234.50`, `12.5%` or `1234.5`.
public enum NumberFormatting {
    /// `value` written for `unit`.
    public static func string(_ value: Double, in unit: NumberUnit) -> String {
        switch unit {
        case .pounds: pounds(value)
        case .percent: percent(value)
        case .plain: plain(value)
        }
    }

    /// `value` written for `unit` without rounding it away: an amount that is not a whole number
    /// of pence (a tolerance of 0.005, a wrong value of 0.003) keeps its digits, as `£0.005`, where
    /// ``string(_:in:)`` would say `£0.01` or `£0.00`. For the volunteer's guide, which must say
    /// exactly what the lesson accepts.
    public static func exact(_ value: Double, in unit: NumberUnit) -> String {
        guard unit == .pounds, value.isFinite else { return string(value, in: unit) }
        let pence = abs(value) * 100
        if abs(pence - pence.rounded()) < 1e-9 { return pounds(value) }
        return (value < 0 ? "-£" : "£") + plain(abs(value))
    }

    /// Pounds and pence with thousands commas: `£1,234.50`, `-£3.00`.
    public static func pounds(_ value: Double) -> String {
        guard value.isFinite else { return plain(value) }
        let pence = (abs(value) * 100).rounded()
        guard pence < 9e15 else { return (value < 0 ? "-£" : "£") + plain(abs(value)) }
        let totalPence = Int(pence)
        let sign = value < 0 && totalPence > 0 ? "-" : ""
        let penceText = String(totalPence % 100)
        return sign + "£" + withThousandsCommas(String(totalPence / 100)) + "."
            + String(repeating: "0", count: 2 - penceText.count) + penceText
    }

    /// A percentage, with no more decimals than needed: `12.5%`, `3%`.
    public static func percent(_ value: Double) -> String {
        plain(value) + "%"
    }

    /// A plain number with no more decimals than needed and no exponent: `1234.5`, `-3`, `0.001`.
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "not a number" : (value < 0 ? "-infinity" : "infinity") }
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        // The shortest text that reads back as exactly this value, unless it needs an exponent.
        let shortest = "\(value)"
        if !shortest.contains("e") { return shortest }
        var fixed = String(format: "%.17f", value)
        while fixed.hasSuffix("0") { fixed.removeLast() }
        if fixed.hasSuffix(".") { fixed.removeLast() }
        return fixed
    }

    /// Whole-number digits with a comma every three places from the right.
    static func withThousandsCommas(_ digits: String) -> String {
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
