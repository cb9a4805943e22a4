/// Estimates how many syllables an English word has, from its groups of vowels.
/// Good enough for a readability score; not a dictionary.
enum SyllableCounter {
    /// The syllables in one lower-case word (at least 1).
    static func syllables(in letters: ArraySlice<UInt8>) -> Int {
        guard letters.contains(where: isLetter) else { return 1 }
        var count = 0
        var previousWasVowel = false
        for (position, letter) in letters.enumerated() {
            // A leading y is a consonant ("yes"); elsewhere it sounds like a vowel ("happy").
            let vowel = isVowel(letter) || (letter == UInt8(ascii: "y") && position > 0)
            if vowel && !previousWasVowel { count += 1 }
            previousWasVowel = vowel
        }
        if count > 1 { count -= silentEndings(letters) }
        return max(count, 1)
    }

    /// 1 when the word ends in a vowel group that is not sounded: "make", "times", "jumped".
    private static func silentEndings(_ letters: ArraySlice<UInt8>) -> Int {
        func letter(fromEnd offset: Int) -> UInt8? {
            letters.count >= offset ? letters[letters.endIndex - offset] : nil
        }
        let e = UInt8(ascii: "e")
        if letter(fromEnd: 1) == e {
            // "table", "little": the -le after a consonant is its own syllable.
            if letter(fromEnd: 2) == UInt8(ascii: "l"), let before = letter(fromEnd: 3), !isVowel(before) { return 0 }
            if let before = letter(fromEnd: 2), isVowel(before) { return 0 }  // "free", "agree"
            return 1
        }
        if letter(fromEnd: 2) == e, let before = letter(fromEnd: 3), !isVowel(before) {
            switch letter(fromEnd: 1) {
            case UInt8(ascii: "d"):
                // "wanted", "needed" keep the -ed; "jumped", "moved" do not.
                return before == UInt8(ascii: "t") || before == UInt8(ascii: "d") ? 0 : 1
            case UInt8(ascii: "s"):
                // "boxes", "pages", "buses" keep the -es; "makes", "times" do not.
                switch before {
                case UInt8(ascii: "s"), UInt8(ascii: "x"), UInt8(ascii: "z"), UInt8(ascii: "c"), UInt8(ascii: "g"), UInt8(ascii: "h"): return 0
                default: return 1
                }
            default:
                return 0
            }
        }
        return 0
    }

    private static func isVowel(_ letter: UInt8) -> Bool {
        switch letter {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): true
        default: false
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || byte >= 0x80
    }
}
