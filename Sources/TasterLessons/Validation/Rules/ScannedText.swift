/// A piece of lesson text read once for all the rules: lower-cased, cut into words and sentences,
/// with its `**bold**` spans and web addresses found, so that no rule has to read the raw text again.
///
/// Positions are offsets into the lower-cased UTF-8 bytes, which keeps matching cheap.
/// A class, so that passing a field around does not copy or retain each of its arrays.
final class ScannedText: Sendable {
    /// One run of letters and digits, such as `tesco` in "Tesco's".
    struct Token: Sendable {
        /// Where the token starts in `bytes`.
        let start: Int
        /// Where the token ends in `bytes`.
        let end: Int
        /// Which sentence it belongs to.
        let sentence: Int
        /// A hash of its bytes, for quick look-ups.
        let hash: UInt64
    }

    /// One sentence: ended by `.`, `!` or `?` before a space, a blank line, or the start of a bullet.
    struct Sentence: Sendable {
        /// The positions of its tokens in `tokens`.
        let tokens: Range<Int>
        /// Words as a reader counts them: runs of non-space text holding a letter or digit.
        let wordCount: Int
        /// Where the sentence's first word starts in `bytes`.
        let start: Int
    }

    /// The text as written.
    let original: String
    /// The text in lower case, as UTF-8.
    let bytes: [UInt8]
    /// Runs of letters and digits, in order.
    let tokens: [Token]
    /// Sentences, in order.
    let sentences: [Sentence]
    /// The insides of `**bold**` spans.
    let boldRanges: [Range<Int>]
    /// Web links and email addresses, in order.
    let addresses: [WebAddress]
    /// Whether lower-casing kept every byte offset, so offsets can be used on `original` too.
    private let sameLayout: Bool

    /// Reads `text` once.
    init(_ text: String) {
        original = text
        var lowered = Array(text.utf8)
        var isASCII = true
        for index in lowered.indices {
            let byte = lowered[index]
            if byte >= 0x80 {
                isASCII = false
                break
            }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { lowered[index] = byte | 0x20 }
        }
        if !isASCII { lowered = Array(text.lowercased().utf8) }
        bytes = lowered
        sameLayout = lowered.count == text.utf8.count
        let reader = Reader.read(lowered)
        tokens = reader.tokens
        sentences = reader.sentences
        boldRanges = reader.boldRanges
        addresses = reader.mayHoldAddress ? WebAddress.all(in: lowered) : []
    }

    /// A token's bytes, in lower case.
    func word(_ index: Int) -> ArraySlice<UInt8> {
        bytes[tokens[index].start..<tokens[index].end]
    }

    /// Whether a token is this lower-case word.
    func word(_ index: Int, is expected: String) -> Bool {
        word(index).elementsEqual(expected.utf8)
    }

    /// Whether a token, as written (before lower-casing), has exactly these bytes.
    func writtenWord(_ index: Int, is expected: [UInt8]) -> Bool {
        let token = tokens[index]
        if sameLayout {
            return original.utf8.withContiguousStorageIfAvailable { $0[token.start..<token.end].elementsEqual(expected) }
                ?? Array(original.utf8)[token.start..<token.end].elementsEqual(expected)
        }
        // Rare: lower-casing changed the length of some letters, so read the written text on its own.
        let bytes = Array(original.utf8)
        let written = Reader.read(bytes).tokens
        guard index < written.count else { return false }
        return bytes[written[index].start..<written[index].end].elementsEqual(expected)
    }

    /// The words of a list entry as written, for matching with exact capitalisation.
    func writtenWords() -> [[UInt8]] {
        let bytes = Array(original.utf8)
        return Reader.read(bytes).tokens.map { Array(bytes[$0.start..<$0.end]) }
    }

    /// The first words of a sentence as written, for quoting in a message.
    func opening(of sentence: Sentence, words count: Int) -> String {
        let text = sameLayout ? String(decoding: original.utf8.dropFirst(sentence.start), as: UTF8.self)
            : String(decoding: bytes[sentence.start...], as: UTF8.self)
        let words = text.split(whereSeparator: \.isWhitespace).prefix(count)
        return words.joined(separator: " ").replacingOccurrences(of: "**", with: "")
    }

    /// Whether a byte offset lies inside a `**bold**` span.
    func isBold(_ offset: Int) -> Bool {
        boldRanges.contains { $0.contains(offset) }
    }

    /// The hash `Token.hash` uses (64-bit FNV-1a), for the words of list entries.
    static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        bytes.reduce(Reader.hashSeed) { ($0 ^ UInt64($1)) &* Reader.hashPrime }
    }

    /// One pass over the bytes of lower-cased text.
    private struct Reader {
        static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
        static let hashPrime: UInt64 = 0x0000_0100_0000_01B3

        let bytes: UnsafeBufferPointer<UInt8>
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        var boldRanges: [Range<Int>] = []
        var mayHoldAddress = false

        private var tokenStart: Int?
        private var tokenHash = Reader.hashSeed
        private var sentenceFirstToken = 0
        private var sentenceWords = 0
        private var sentenceStart: Int?
        private var chunkHasWord = false
        private var terminatorPending = false
        private var newlinesBefore = 0
        private var atLineStart = true
        private var boldStart: Int?

        /// What a character means for cutting text into words and sentences.
        private enum Kind {
            case space, newline, wordPart, terminator, closingMark, asterisk, bullet, addressMark, other
        }

        private init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            // Most words are longer than three letters and a space: one allocation usually suffices.
            tokens.reserveCapacity(bytes.count / 4 + 2)
            sentences.reserveCapacity(4)
        }

        /// Reads UTF-8 text; the reader (and its view of the bytes) does not outlive the call.
        static func read(_ text: [UInt8]) -> (tokens: [Token], sentences: [Sentence], boldRanges: [Range<Int>], mayHoldAddress: Bool) {
            text.withUnsafeBufferPointer { buffer in
                var reader = Reader(buffer)
                reader.read()
                return (reader.tokens, reader.sentences, reader.boldRanges, reader.mayHoldAddress)
            }
        }

        private mutating func read() {
            let end = bytes.count
            var index = 0
            while index < end {
                let (kind, width) = Self.classify(bytes, at: index)
                let next = index + width
                if kind == .space || kind == .newline {
                    closeToken(at: index)
                    if terminatorPending { closeSentence() }
                    chunkHasWord = false
                    if kind == .newline {
                        newlinesBefore += 1
                        atLineStart = true
                    }
                    index = next
                    continue
                }
                if atLineStart {
                    atLineStart = false
                    let startsBullet = (kind == .bullet || kind == .asterisk)
                        && (next == end || Self.classify(bytes, at: next).kind == .space)
                    if newlinesBefore >= 2 || startsBullet { closeSentence() }
                    newlinesBefore = 0
                }
                if kind == .wordPart {
                    if tokenStart == nil {
                        tokenStart = index
                        tokenHash = Self.hashSeed
                    }
                    for offset in index..<next {
                        tokenHash = (tokenHash ^ UInt64(bytes[offset])) &* Self.hashPrime
                    }
                    if !chunkHasWord {
                        chunkHasWord = true
                        sentenceWords += 1
                        if sentenceStart == nil { sentenceStart = index }
                    }
                    terminatorPending = false
                    index = next
                    continue
                }
                closeToken(at: index)
                switch kind {
                case .terminator:
                    terminatorPending = true
                case .asterisk where next < end && bytes[next] == UInt8(ascii: "*"):
                    if let start = boldStart {
                        boldRanges.append(start..<index)
                        boldStart = nil
                    } else {
                        boldStart = next + 1
                    }
                    index = next + 1
                    continue
                case .closingMark, .asterisk:
                    break  // closing marks after a full stop still end the sentence
                case .addressMark:
                    // An @, or the :// of a scheme; a colon in a sentence is not worth a look.
                    if bytes[index] == UInt8(ascii: "@")
                        || (next + 1 < end && bytes[next] == UInt8(ascii: "/") && bytes[next + 1] == UInt8(ascii: "/")) {
                        mayHoldAddress = true
                    }
                    terminatorPending = false
                default:
                    terminatorPending = false
                }
                index = next
            }
            closeToken(at: end)
            closeSentence()
        }

        private mutating func closeToken(at index: Int) {
            guard let start = tokenStart else { return }
            tokens.append(Token(start: start, end: index, sentence: sentences.count, hash: tokenHash))
            tokenStart = nil
            // "www" starts a bare web address.
            if index - start == 3, bytes[start] == UInt8(ascii: "w"), bytes[start + 1] == UInt8(ascii: "w"),
               bytes[start + 2] == UInt8(ascii: "w") {
                mayHoldAddress = true
            }
        }

        private mutating func closeSentence() {
            terminatorPending = false
            guard let start = sentenceStart else { return }
            sentences.append(Sentence(tokens: sentenceFirstToken..<tokens.count, wordCount: sentenceWords, start: start))
            sentenceFirstToken = tokens.count
            sentenceWords = 0
            sentenceStart = nil
        }

        @inline(__always)
        private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (kind: Kind, width: Int) {
            let byte = bytes[index]
            if byte < 0x80 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    return (.wordPart, 1)
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): return (.space, 1)
                case UInt8(ascii: "\n"): return (.newline, 1)
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return (.terminator, 1)
                case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): return (.closingMark, 1)
                case UInt8(ascii: "*"): return (.asterisk, 1)
                case UInt8(ascii: "-"): return (.bullet, 1)
                case UInt8(ascii: "@"), UInt8(ascii: ":"): return (.addressMark, 1)
                default: return (.other, 1)
                }
            }
            return classifyNonASCII(bytes, at: index)
        }

        private static func classifyNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (kind: Kind, width: Int) {
            let (scalar, width) = decode(bytes, at: index)
            guard let scalar else { return (.other, width) }
            switch scalar {
            case "\u{2019}", "\u{201D}": return (.closingMark, width)
            case "\u{2022}": return (.bullet, width)
            default: break
            }
            if scalar.properties.isWhitespace {
                return (scalar == "\u{2028}" || scalar == "\u{2029}" ? .newline : .space, width)
            }
            switch scalar.properties.generalCategory {
            case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .decimalNumber:
                return (.wordPart, width)
            default:
                return (.other, width)
            }
        }

        /// The scalar starting at a non-ASCII lead byte, and how many bytes it takes.
        private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar?, Int) {
            let lead = bytes[index]
            let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            guard width > 1, index + width <= bytes.count else { return (nil, 1) }
            var value = UInt32(lead) & (0xFF >> (width + 1))
            for offset in 1..<width {
                value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            }
            return (Unicode.Scalar(value), width)
        }
    }
}
