import TasterTestSupport
import Testing
@testable import TasterShell

#if canImport(Glibc)
import Glibc
#endif

@Suite(.ownThread) struct KeyboardReaderTests {
    /// A reader over a pipe that already holds `bytes` and is closed for writing.
    private func reader(for bytes: [UInt8], shouldStop: @escaping @Sendable () -> Bool = { false }) throws
        -> (KeyboardReader, Int32) {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        _ = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        close(ends[1])
        return (KeyboardReader(descriptor: ends[0], shouldStop: shouldStop), ends[0])
    }

    private func readAll(_ reader: KeyboardReader) -> [KeyboardReader.Outcome] {
        var outcomes: [KeyboardReader.Outcome] = []
        while true {
            let outcome = reader.next()
            outcomes.append(outcome)
            if outcome == .end || outcome == .failure || outcomes.count > 50 { return outcomes }
        }
    }

    @Test func decodesUTF8Characters() throws {
        let (reader, descriptor) = try reader(for: Array("a£€😀".utf8))
        defer { close(descriptor) }
        #expect(readAll(reader) == [
            .character("a"), .character("£"), .character("€"), .character("😀"), .end,
        ])
    }

    @Test(arguments: [
        ([0xFF, 0x61], ["\u{FFFD}", "a"]),
        ([0xC3, 0x61], ["\u{FFFD}", "a"]),
        ([0xC0, 0xAF], ["\u{FFFD}", "\u{FFFD}"]),
        ([0xE0, 0x80, 0xAF], ["\u{FFFD}"]),
        ([0xED, 0xA0, 0x80], ["\u{FFFD}"]),
        ([0x80], ["\u{FFFD}"]),
    ] as [([UInt8], [Unicode.Scalar])])
    func replacesInvalidBytes(bytes: [UInt8], expected: [Unicode.Scalar]) throws {
        let (reader, descriptor) = try reader(for: bytes)
        defer { close(descriptor) }
        #expect(readAll(reader) == expected.map(KeyboardReader.Outcome.character) + [.end])
    }

    @Test func givesUpWhenAskedToStop() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        let reader = KeyboardReader(descriptor: ends[0], shouldStop: { true })
        #expect(reader.next() == .end)
    }
}
