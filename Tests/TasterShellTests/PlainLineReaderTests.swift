import Foundation
import TasterTestSupport
import Testing
import TasterShell

#if canImport(Glibc)
import Glibc
#endif

/// Feeds bytes through a real pipe and collects what the reader writes through another.
private final class PipedReader {
    let reader: PlainLineReader
    private let inputWrite: Int32
    private let inputRead: Int32
    private let outputRead: Int32
    private let outputWrite: Int32

    init(_ bytes: [UInt8], echoesInput: Bool = false, maximumLineBytes: Int = 16 * 1024 * 1024) throws {
        let input = try Self.makePipe()
        let output = try Self.makePipe()
        (inputRead, inputWrite, outputRead, outputWrite) = (input.read, input.write, output.read, output.write)
        // A test that stops reading early closes the pipe under the writer: fail the write
        // rather than raise SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        // A writer thread, so input bigger than the pipe's buffer cannot block the test.
        let writeEnd = inputWrite
        Thread.detachNewThread {
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(writeEnd, buffer.baseAddress! + offset, buffer.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
            close(writeEnd)
        }
        _ = fcntl(outputRead, F_SETFL, O_NONBLOCK)
        reader = PlainLineReader(
            inputDescriptor: inputRead,
            output: TerminalOutput(descriptor: outputWrite),
            echoesInput: echoesInput,
            maximumLineBytes: maximumLineBytes)
    }

    deinit {
        close(inputRead)
        close(outputRead)
        close(outputWrite)
    }

    /// Everything written so far.
    func writtenText() -> String {
        var collected: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(outputRead, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            collected += buffer[..<count]
        }
        return String(decoding: collected, as: UTF8.self)
    }

    private static func makePipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        return (ends[0], ends[1])
    }
}

@Suite(.ownThread) struct PlainLineReaderTests {
    @Test func readsLinesThenEndOfInput() throws {
        let piped = try PipedReader(Array("hint\nskip\r\nlast without newline".utf8))
        #expect(piped.reader.readLine(prompt: "> ") == .line("hint"))
        #expect(piped.reader.readLine(prompt: "> ") == .line("skip"))
        #expect(piped.reader.readLine(prompt: "> ") == .line("last without newline"))
        #expect(piped.reader.readLine(prompt: "> ") == .endOfInput)
        #expect(piped.reader.readLine(prompt: "> ") == .endOfInput)
    }

    @Test func emptyLinesAreLines() throws {
        let piped = try PipedReader(Array("\n\nx\n".utf8))
        #expect(piped.reader.readLine(prompt: "") == .line(""))
        #expect(piped.reader.readLine(prompt: "") == .line(""))
        #expect(piped.reader.readLine(prompt: "") == .line("x"))
    }

    @Test func invalidUTF8IsReplacedNotRejected() throws {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xC3, 0x0A] + Array("£5\n".utf8)
        let piped = try PipedReader(bytes)
        #expect(piped.reader.readLine(prompt: "> ") == .line("a\u{FFFD}b\u{FFFD}"))
        #expect(piped.reader.readLine(prompt: "> ") == .line("£5"))
    }

    @Test func aOneMebibyteLineComesBackWhole() throws {
        let long = String(repeating: "abcdefgh", count: 128 * 1024)
        let piped = try PipedReader(Array((long + "\nnext\n").utf8))
        #expect(piped.reader.readLine(prompt: "> ") == .line(long))
        #expect(piped.reader.readLine(prompt: "> ") == .line("next"))
    }

    @Test func anOverlongLineIsCutAndTheRestSkipped() throws {
        let piped = try PipedReader(Array((String(repeating: "x", count: 300_000) + "\nnext\n").utf8),
                                    maximumLineBytes: 1000)
        #expect(piped.reader.readLine(prompt: "> ") == .line(String(repeating: "x", count: 1000)))
        #expect(piped.reader.readLine(prompt: "> ") == .line("next"))
    }

    @Test func promptsAreWrittenAndEachReadEndsTheLine() throws {
        let piped = try PipedReader(Array("one\ntwo\n".utf8))
        _ = piped.reader.readLine(prompt: "first> ")
        _ = piped.reader.readSecret(prompt: "Password: ")
        _ = piped.reader.readLine(prompt: "last> ")
        #expect(piped.writtenText() == "first> \nPassword: \nlast> \n")
    }

    @Test func echoShowsLinesButNeverSecrets() throws {
        let piped = try PipedReader(Array("hint\nhunter2\n".utf8), echoesInput: true)
        #expect(piped.reader.readLine(prompt: "> ") == .line("hint"))
        #expect(piped.reader.readSecret(prompt: "Password: ") == .line("hunter2"))
        #expect(piped.writtenText() == "> hint\nPassword: \n")
    }

    @Test func aStopRequestEndsAWaitingRead() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        // Nothing is ever written to the pipe: the read can only end because it was told to stop.
        let asked = Counter()
        let reader = PlainLineReader(
            inputDescriptor: ends[0], output: TerminalOutput(descriptor: ends[1]),
            shouldStop: { asked.increment() >= 3 })
        #expect(reader.readLine(prompt: "") == .endOfInput)
        #expect(asked.value >= 3)
    }
}

/// Counts how often a stop request was asked about.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// Adds one and returns the new count.
    func increment() -> Int { lock.withLock { count += 1; return count } }

    /// The count so far.
    var value: Int { lock.withLock { count } }
}
