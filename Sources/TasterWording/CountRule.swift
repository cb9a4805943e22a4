/// The forms a language uses for a counted thing ("1 lesson", "2 lessons"), and the rule that
/// picks one for a number. The names are CLDR's plural categories, so a translator's tools and
/// references use the same words.
public enum CountForm: String, CaseIterable, Sendable {
    case zero, one, two, few, many, other
}

/// How a language picks a ``CountForm`` for a whole number. Each language declares its rule in its
/// file (`count-rule:`); the rule itself is code, as CLDR gives it, so a file cannot get it wrong.
public enum CountRule: String, CaseIterable, Sendable {
    /// English and most European languages: one for 1, other for everything else.
    case oneOther = "one-other"
    /// Welsh (CLDR): zero 0, one 1, two 2, few 3, many 6, other for every other number.
    case welsh

    /// The forms this rule can pick, in CLDR order.
    public var forms: [CountForm] {
        switch self {
        case .oneOther: [.one, .other]
        case .welsh: [.zero, .one, .two, .few, .many, .other]
        }
    }

    /// The form for `count`.
    public func form(for count: Int) -> CountForm {
        switch self {
        case .oneOther:
            return count == 1 ? .one : .other
        case .welsh:
            switch count {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            case 3: return .few
            case 6: return .many
            default: return .other
            }
        }
    }
}
