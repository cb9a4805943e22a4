/// One part of an author's pattern, as ``PatternParser`` reads it.
indirect enum PatternNode: Sendable {
    /// Matches the empty text.
    case empty
    /// One character that `set` accepts.
    case character(PatternCharacterSet)
    case sequence([PatternNode])
    case either([PatternNode])
    /// `node` at least `least` times and at most `most` times (nil: no upper limit).
    case repeated(PatternNode, least: Int, most: Int?)
    case assertion(PatternAssertion)
}

/// A test of the place between two characters, which consumes nothing.
enum PatternAssertion: Sendable {
    case lineStart, lineEnd, wordBoundary, notWordBoundary
    /// `(?=...)` when `negative` is false, `(?!...)` when it is true.
    case lookahead(PatternNode, negative: Bool)
}

/// The characters one position of a pattern accepts.
struct PatternCharacterSet: Sendable {
    /// One item of a set: a single character, a range, or a named class such as `\d`.
    enum Item: Sendable {
        case single(Character)
        case range(Character, Character)
        case digit, word, space
        case notDigit, notWord, notSpace
        /// `.`: anything but a line break.
        case anything
    }

    var items: [Item]
    var negated = false

    /// Whether `character` belongs, case ignored.
    func contains(_ character: Character) -> Bool {
        let variants = Self.caseVariants(of: character)
        let found = items.contains { item in variants.contains { Self.item(item, accepts: $0) } }
        return found != negated
    }

    static func caseVariants(of character: Character) -> [Character] {
        let lower = Character(character.lowercased()), upper = Character(character.uppercased())
        return [character, lower, upper]
    }

    static func item(_ item: Item, accepts character: Character) -> Bool {
        switch item {
        case .single(let expected): character == expected
        case .range(let low, let high): low <= character && character <= high
        case .digit: character.isASCII && character.isNumber
        case .notDigit: !(character.isASCII && character.isNumber)
        case .word: isWord(character)
        case .notWord: !isWord(character)
        case .space: character.isWhitespace
        case .notSpace: !character.isWhitespace
        case .anything: !character.isNewline
        }
    }

    /// Letters, digits and underscore, in any script, as `\w` means in Swift.
    static func isWord(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }
}

/// Why a pattern cannot be read, as a fact for the author.
struct PatternSyntaxError: Error, Sendable {
    let reason: ProblemFact
}

/// Reads the subset of regular expressions that taster can match in time proportional to the
/// line: characters, `.`, classes, `\d \w \s \b`, groups, `|`, `* + ? {n,m}` (lazy or not),
/// `^ $` and lookaheads. Back-references, lookbehinds and possessive repeats are refused:
/// they are what makes a backtracking matcher slow, and no answer needs them.
struct PatternParser {
    /// The largest `{n,m}` count, so that a pattern cannot grow into a huge program.
    static let largestCount = 100

    private let characters: [Character]
    private var position = 0

    init(_ pattern: String) { characters = Array(pattern) }

    /// The whole pattern as a tree, or the first reason it cannot be read.
    static func parse(_ pattern: String) throws(PatternSyntaxError) -> PatternNode {
        var parser = PatternParser(pattern)
        let node = try parser.alternatives()
        if parser.position < parser.characters.count {
            throw PatternSyntaxError(reason: ProblemFact(.patternCloseNoOpen))
        }
        return node
    }

    private var current: Character? { position < characters.count ? characters[position] : nil }

    private mutating func alternatives() throws(PatternSyntaxError) -> PatternNode {
        var branches = [try sequence()]
        while current == "|" {
            position += 1
            branches.append(try sequence())
        }
        return branches.count == 1 ? branches[0] : .either(branches)
    }

    private mutating func sequence() throws(PatternSyntaxError) -> PatternNode {
        var parts: [PatternNode] = []
        while let character = current, character != "|", character != ")" {
            let atom = try self.atom()
            parts.append(try repeats(of: atom))
        }
        return parts.isEmpty ? .empty : parts.count == 1 ? parts[0] : .sequence(parts)
    }

    private mutating func repeats(of atom: PatternNode) throws(PatternSyntaxError) -> PatternNode {
        var node = atom
        while let character = current {
            let bounds: (Int, Int?)
            switch character {
            case "*": bounds = (0, nil); position += 1
            case "+": bounds = (1, nil); position += 1
            case "?": bounds = (0, 1); position += 1
            case "{":
                guard let counted = try count() else { return node }
                bounds = counted
            default: return node
            }
            if case .assertion = node {
                throw PatternSyntaxError(reason: ProblemFact(.patternRepeatsNothing))
            }
            if current == "?" { position += 1 } // lazy: the same for a whole-line match
            if current == "+" {
                throw PatternSyntaxError(reason: ProblemFact(.patternPossessive))
            }
            node = .repeated(node, least: bounds.0, most: bounds.1)
        }
        return node
    }

    /// `{n}`, `{n,}` or `{n,m}` at the current position, or nil (and nothing read) when the
    /// brace does not start a count, in which case it is an ordinary character.
    private mutating func count() throws(PatternSyntaxError) -> (Int, Int?)? {
        var end = position + 1
        while end < characters.count, characters[end] != "}" { end += 1 }
        guard end < characters.count else { return nil }
        let inside = String(characters[(position + 1)..<end])
        let parts = inside.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
        guard (1...2).contains(parts.count), let least = Int(parts[0]) else { return nil }
        var most: Int? = least
        if parts.count == 2 { most = parts[1].isEmpty ? nil : Int(parts[1]); if most == nil, !parts[1].isEmpty { return nil } }
        if least > Self.largestCount || (most ?? 0) > Self.largestCount {
            throw PatternSyntaxError(reason: ProblemFact(.patternCountTooHigh, ["most": "\(Self.largestCount)"]))
        }
        if let most, most < least {
            throw PatternSyntaxError(reason: ProblemFact(.patternCountBackwards, ["braces": "{\(inside)}"]))
        }
        position = end + 1
        return (least, most)
    }

    private mutating func atom() throws(PatternSyntaxError) -> PatternNode {
        let character = characters[position]
        position += 1
        switch character {
        case ".": return .character(PatternCharacterSet(items: [.anything]))
        case "^": return .assertion(.lineStart)
        case "$": return .assertion(.lineEnd)
        case "[": return .character(try characterClass())
        case "\\": return try escape(inClass: false)
        case "(": return try group()
        case "*", "+", "?":
            throw PatternSyntaxError(reason: ProblemFact(.patternNothingToRepeat, ["character": "\(character)"]))
        default: return .character(PatternCharacterSet(items: [.single(character)]))
        }
    }

    private mutating func group() throws(PatternSyntaxError) -> PatternNode {
        var lookahead: Bool?
        if current == "?" {
            let next = position + 1 < characters.count ? characters[position + 1] : nil
            switch next {
            case ":": position += 2
            case "=": lookahead = false; position += 2
            case "!": lookahead = true; position += 2
            case "<" where position + 2 < characters.count && ["=", "!"].contains(characters[position + 2]):
                throw PatternSyntaxError(reason: ProblemFact(.patternLookbehind))
            case "<":
                // A named group: the name is only a label here.
                while let character = current, character != ">" { position += 1 }
                guard current == ">" else { throw PatternSyntaxError(reason: ProblemFact(.patternGroupNameOpen)) }
                position += 1
            default:
                throw PatternSyntaxError(reason: ProblemFact(.patternUnsupportedGroup))
            }
        }
        let inside = try alternatives()
        guard current == ")" else { throw PatternSyntaxError(reason: ProblemFact(.patternOpenNeverClosed)) }
        position += 1
        if let negative = lookahead { return .assertion(.lookahead(inside, negative: negative)) }
        return inside
    }

    private mutating func escape(inClass: Bool) throws(PatternSyntaxError) -> PatternNode {
        guard let character = current else { throw PatternSyntaxError(reason: ProblemFact(.patternLoneBackslash)) }
        position += 1
        let item: PatternCharacterSet.Item
        switch character {
        case "d": item = .digit
        case "D": item = .notDigit
        case "w": item = .word
        case "W": item = .notWord
        case "s": item = .space
        case "S": item = .notSpace
        case "t": item = .single("\t")
        case "n": item = .single("\n")
        case "b" where !inClass: return .assertion(.wordBoundary)
        case "B" where !inClass: return .assertion(.notWordBoundary)
        default:
            if character.isLetter || character.isNumber {
                throw PatternSyntaxError(reason: ProblemFact(.patternUnsupportedEscape, ["character": "\(character)"]))
            }
            item = .single(character)
        }
        return .character(PatternCharacterSet(items: [item]))
    }

    private mutating func characterClass() throws(PatternSyntaxError) -> PatternCharacterSet {
        var set = PatternCharacterSet(items: [])
        if current == "^" { set.negated = true; position += 1 }
        var first = true
        while let character = current, character != "]" || first {
            first = false
            position += 1
            var low: PatternCharacterSet.Item
            if character == "\\" {
                guard case .character(let escaped) = try escape(inClass: true) else { continue }
                low = escaped.items[0]
            } else if character == "[" {
                throw PatternSyntaxError(reason: ProblemFact(.patternNestedSet))
            } else {
                low = .single(character)
            }
            if case .single(let lowCharacter) = low, current == "-",
               position + 1 < characters.count, characters[position + 1] != "]" {
                position += 1
                var high = characters[position]
                position += 1
                if high == "\\" {
                    guard let escaped = current else { break }
                    position += 1
                    high = escaped
                }
                guard lowCharacter <= high else {
                    throw PatternSyntaxError(reason: ProblemFact(.patternRangeBackwards, ["low": "\(lowCharacter)", "high": "\(high)"]))
                }
                low = .range(lowCharacter, high)
            }
            set.items.append(low)
        }
        guard current == "]" else { throw PatternSyntaxError(reason: ProblemFact(.patternSetNeverClosed)) }
        position += 1
        return set
    }
}
