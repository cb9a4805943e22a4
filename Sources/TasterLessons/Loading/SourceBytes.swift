/// Checks a lesson file's raw bytes before any YAML is read: UTF-8, no NUL, no control characters.
///
/// A byte order mark is dropped and CRLF or lone CR line endings become LF, so that authors on any
/// system can save lessons as their editor likes.
enum SourceBytes {
    /// The cleaned bytes, ready for the YAML parser, or each problem found (at most a handful).
    static func prepare(_ raw: [UInt8], path: String) -> (bytes: [UInt8]?, problems: [LessonProblem]) {
        var input = raw[...]
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input = input.dropFirst(3) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var problems: [LessonProblem] = []
        var line = 1
        var column = 1
        var index = input.startIndex
        func report(_ fact: ProblemFact) {
            problems.append(LessonProblem(path: path, location: SourceLocation(line: line, column: column), fact))
        }
        while index < input.endIndex, problems.count < 5 {
            let byte = input[index]
            switch byte {
            case 0x0D:
                output.append(0x0A)
                if index + 1 < input.endIndex, input[index + 1] == 0x0A { index += 1 }
                line += 1
                column = 1
                index += 1
            case 0x0A:
                output.append(byte)
                line += 1
                column = 1
                index += 1
            case 0x09, 0x20...0x7E:
                output.append(byte)
                column += 1
                index += 1
            case 0x00:
                report(ProblemFact(.nulByte))
                index += 1
                column += 1
            case 0x01...0x1F, 0x7F:
                report(ProblemFact(.controlByte, ["character": .text(SafeText.describe(byte))]))
                index += 1
                column += 1
            default:
                let length = utf8SequenceLength(input, at: index)
                guard length > 0 else {
                    report(ProblemFact(.notUTF8, ["byte": .text(String(byte, radix: 16, uppercase: true))]))
                    return (nil, problems)
                }
                let scalarValue = decodeScalar(input, at: index, length: length)
                if (0x80...0x9F).contains(scalarValue) {
                    report(ProblemFact(.controlByte, ["character": .text("U+00" + String(scalarValue, radix: 16, uppercase: true))]))
                } else if let name = HiddenCharacters.name(of: scalarValue) {
                    report(ProblemFact(.invisibleByte, ["code": .text(String(scalarValue, radix: 16, uppercase: true)), "name": .phrase(name)]))
                } else {
                    output.append(contentsOf: input[index..<(index + length)])
                }
                index += length
                column += 1
            }
        }
        return problems.isEmpty ? (output, []) : (nil, problems)
    }

    /// The length of the well-formed UTF-8 sequence starting at `index`, or 0 when it is malformed.
    private static func utf8SequenceLength(_ bytes: ArraySlice<UInt8>, at index: Int) -> Int {
        let first = bytes[index]
        let length: Int
        let secondRange: ClosedRange<UInt8>
        switch first {
        case 0xC2...0xDF: length = 2; secondRange = 0x80...0xBF
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; secondRange = 0x80...0xBF
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4; secondRange = 0x80...0xBF
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return 0
        }
        guard index + length <= bytes.endIndex, secondRange.contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return 0 }
        return length
    }

    private static func decodeScalar(_ bytes: ArraySlice<UInt8>, at index: Int, length: Int) -> UInt32 {
        let leadMask: UInt8 = length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07
        var value = UInt32(bytes[index] & leadMask)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return value
    }
}
