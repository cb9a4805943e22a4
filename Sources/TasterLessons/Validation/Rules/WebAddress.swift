/// A web link or email address found in lesson text.
struct WebAddress: Sendable, Equatable {
    /// How the address is written.
    enum Kind: Sendable, Equatable {
        /// `http://…`: not private.
        case insecureLink
        /// `https://…`.
        case secureLink
        /// `www.…` with no scheme.
        case bareLink
        /// `someone@somewhere`.
        case email
    }

    /// How the address is written.
    let kind: Kind
    /// The address as found (in lower case), without trailing punctuation.
    let text: String
    /// The host name (for an email, the part after `@`).
    let host: String
    /// Where the address is in the scanned bytes.
    let span: Range<Int>

    /// Whether the host is reserved for made-up examples (`example.com`, `example.co.uk`,
    /// `www.example.org`, or anything under the reserved `.example`, `.test` and `.invalid`),
    /// so the address can never reach a real site or person.
    var isMadeUp: Bool {
        let labels = host.split(separator: ".")
        guard let last = labels.last else { return false }
        if ["example", "test", "invalid", "localhost"].contains(last) { return true }
        let count = labels.count
        if count >= 2, labels[count - 2] == "example" { return true }
        // Second-level country domains such as example.co.uk and example.org.uk.
        return count >= 3 && labels[count - 3] == "example" && labels[count - 2].count <= 3
    }

    /// Every link and email address in lower-cased UTF-8 text, in order.
    static func all(in bytes: [UInt8]) -> [WebAddress] {
        var found: [WebAddress] = []
        var index = bytes.startIndex
        let end = bytes.endIndex

        func has(_ prefix: StaticString, at position: Int) -> Bool {
            let length = prefix.utf8CodeUnitCount
            guard position + length <= end else { return false }
            return prefix.withUTF8Buffer { expected in
                expected.indices.allSatisfy { bytes[position + $0] == expected[$0] }
            }
        }
        func run(from start: Int, while include: (UInt8) -> Bool) -> Int {
            var position = start
            while position < end, include(bytes[position]) { position += 1 }
            return position
        }
        func trimmed(_ range: Range<Int>, of trailing: (UInt8) -> Bool) -> Range<Int> {
            var upper = range.upperBound
            while upper > range.lowerBound, trailing(bytes[upper - 1]) { upper -= 1 }
            return range.lowerBound..<upper
        }
        func string(_ range: Range<Int>) -> String {
            String(decoding: bytes[range], as: UTF8.self)
        }
        func hostEndings(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        }
        func sentenceEndings(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
                 UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "\""),
                 UInt8(ascii: "'"), UInt8(ascii: "*"):
                true
            default:
                false
            }
        }

        while index < end {
            let byte = bytes[index]
            let startsWord = index == bytes.startIndex || !isHostByte(bytes[index - 1])
            if byte == UInt8(ascii: "h"), startsWord, has("http://", at: index) || has("https://", at: index) {
                let secure = has("https://", at: index)
                let hostStart = index + (secure ? 8 : 7)
                let host = trimmed(hostStart..<run(from: hostStart, while: isHostByte), of: hostEndings)
                let whole = trimmed(index..<run(from: hostStart, while: { !isSpaceByte($0) }), of: sentenceEndings)
                if host.contains(where: { bytes[$0] == UInt8(ascii: ".") }) {
                    found.append(WebAddress(kind: secure ? .secureLink : .insecureLink, text: string(whole), host: string(host), span: whole))
                }
                index = max(whole.upperBound, hostStart)
            } else if byte == UInt8(ascii: "w"), startsWord, index == 0 || bytes[index - 1] != UInt8(ascii: "/"), has("www.", at: index) {
                let host = trimmed(index..<run(from: index, while: isHostByte), of: hostEndings)
                let whole = trimmed(index..<run(from: index, while: { !isSpaceByte($0) }), of: sentenceEndings)
                if host.count > 4, host.dropFirst(4).contains(where: { bytes[$0] == UInt8(ascii: ".") }) {
                    found.append(WebAddress(kind: .bareLink, text: string(whole), host: string(host), span: whole))
                }
                index = max(whole.upperBound, index + 4)
            } else if byte == UInt8(ascii: "@") {
                var localStart = index
                while localStart > bytes.startIndex, isMailboxByte(bytes[localStart - 1]) { localStart -= 1 }
                let domain = trimmed(index + 1..<run(from: index + 1, while: isHostByte), of: hostEndings)
                if localStart < index, !domain.isEmpty, bytes[domain.lowerBound] != UInt8(ascii: "."),
                   domain.contains(where: { bytes[$0] == UInt8(ascii: ".") }) {
                    found.append(WebAddress(kind: .email, text: string(localStart..<domain.upperBound), host: string(domain), span: localStart..<domain.upperBound))
                }
                index = max(domain.upperBound, index + 1)
            } else {
                index += 1
            }
        }
        return found
    }

    private static func isHostByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }

    private static func isMailboxByte(_ byte: UInt8) -> Bool {
        isHostByte(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "%")
    }

    private static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
