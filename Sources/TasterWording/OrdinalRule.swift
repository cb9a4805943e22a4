/// How a language writes "1st", "2nd" with figures. A language file names its rule
/// (`ordinals:`); the rule is code, so a file only chooses it.
public enum OrdinalRule: String, CaseIterable, Sendable {
    /// 1st, 2nd, 3rd, 4th, 11th, 21st.
    case english
    /// 1af, 2il, 3ydd, 4ydd, 5ed, 11eg, 21ain.
    case welsh

    /// `number` as an ordinal in this rule.
    public func ordinal(_ number: Int) -> String {
        switch self {
        case .english: EnglishWords.ordinal(number)
        case .welsh: WelshOrdinal.ordinal(number)
        }
    }
}
