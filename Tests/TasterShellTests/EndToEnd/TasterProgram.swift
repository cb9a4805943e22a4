import Foundation
import TasterTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built `taster` binary in a terminal, and the folders its end-to-end tests use. Piped
/// runs go through `TasterRunner`, which every test target shares.
///
/// The binary is `.build/debug/taster`; `make test` builds it before testing, and so does a
/// plain `swift build`. Tests that need it fail with a message saying so when it is missing.
enum TasterProgram {
    /// The repository's top folder.
    static var repository: URL { TasterRunner.repository }

    /// The path of the built binary.
    static func executable() throws -> String {
        try TasterRunner.executable()
    }

    /// The fixture lesson folder, holding the one lesson `every-kind`.
    static var fixtureLessons: String { repository.appendingPathComponent("Tests/Fixtures/lessons").path }

    /// The real lessons shipped with taster.
    static var realLessons: String { repository.appendingPathComponent("lessons").path }

    /// The environment every end-to-end run gets: no colour surprises from the caller's
    /// environment, and no progress file outside the test's own folder.
    static let quietEnvironment: [String: String] = ["HOME": NSTemporaryDirectory(), "XDG_DATA_HOME": NSTemporaryDirectory()]

    /// `arguments` in English, unless they choose a language: with more than one language
    /// installed the welcome first asks which, and these tests are of what comes after.
    static func inEnglish(_ arguments: [String]) -> [String] {
        arguments.contains("--language") ? arguments : arguments + ["--language", "en"]
    }

    /// Starts `taster` with `arguments` in a pseudo-terminal of the given size, in English
    /// unless they say otherwise.
    static func start(
        _ arguments: [String], environment: [String: String] = [:], columns: Int = 80, rows: Int = 24
    ) throws -> PseudoTerminal {
        try PseudoTerminal.spawn(
            executable: try executable(), arguments: inEnglish(arguments),
            environment: quietEnvironment.merging(environment) { _, given in given },
            columns: columns, rows: rows)
    }

    /// Starts a learner's session on the fixture lessons, keeping progress in `data`.
    static func startSession(data: ScratchFolder, extraArguments: [String] = [], columns: Int = 80) throws -> PseudoTerminal {
        try start(["--lessons", fixtureLessons, "--data-dir", data.path] + extraArguments, columns: columns)
    }

    /// Answers the welcome as a new learner and presses Enter once the code is shown, as a learner
    /// would; returns the code and the screen that showed it.
    static func becomeNewLearner(_ term: PseudoTerminal) throws -> (code: String, screen: String) {
        try term.answer("Type 1 or 2: ", with: "1")
        let screen = try term.waitFor("Press Enter when you have written it down: ")
        guard let code = learnerCode(in: screen) else {
            throw SetUpFailed(description: "No learner code was shown:\n\(screen)")
        }
        try term.waitForRawMode()
        try term.type("\r")
        return (code, screen)
    }

    /// The volunteer passphrase the tests set, and give through the environment.
    static let volunteerPassphrase = "a test volunteer passphrase"

    /// The environment that answers the volunteer passphrase question.
    static let volunteerEnvironment = ["TASTER_VOLUNTEER_PASSPHRASE": volunteerPassphrase]

    /// Sets the volunteer passphrase for `data`, as a volunteer would before using the volunteer commands.
    static func setVolunteerPassphrase(data: ScratchFolder) throws {
        let run = try TasterRunner.run(["volunteer", "passphrase", "--data-dir", data.path],
                               input: volunteerPassphrase + "\n" + volunteerPassphrase + "\n", timeout: 120)
        guard run.status == 0 else {
            throw SetUpFailed(description: "taster volunteer passphrase failed: \(run.output) \(run.error)")
        }
    }

    /// A step that sets a test up (a passphrase, a new learner) did not work.
    struct SetUpFailed: Error, CustomStringConvertible {
        var description: String
    }

    /// The first learner code (such as maple-river-otter-42) in `text`, or nil.
    static func learnerCode(in text: String) -> String? {
        guard let match = text.firstMatch(of: /[a-z]+-[a-z]+-[a-z]+-[0-9]{1,2}/) else { return nil }
        return String(match.output)
    }
}

/// A fresh, empty temporary folder that is deleted when the value is released.
final class ScratchFolder {
    /// The folder's path.
    let path: String

    /// Makes the folder.
    init() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("taster-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The paths of every regular file inside, at any depth.
    func files() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: path) else { return [] }
        return walker.compactMap { $0 as? String }
            .map { path + "/" + $0 }
            .filter { (try? FileManager.default.attributesOfItem(atPath: $0)[.type] as? FileAttributeType) == .typeRegular }
    }

    /// The files inside whose bytes contain `text` (as UTF-8).
    func filesContaining(_ text: String) -> [String] {
        let needle = Data(text.utf8)
        return files().filter { file in
            guard let bytes = FileManager.default.contents(atPath: file) else { return false }
            return bytes.range(of: needle) != nil
        }
    }
}

extension PseudoTerminal {
    /// Waits for `prompt`, waits until the program is reading keys, then types `line` and Enter.
    /// Returns what was shown up to and including the prompt.
    @discardableResult
    func answer(_ prompt: String, with line: String, timeout: Double = 15) throws -> String {
        let shown = try waitFor(prompt, timeout: timeout)
        try waitForRawMode(timeout: timeout)
        try type(line + "\r")
        return shown
    }

    /// Waits for `prompt` and for the program to be reading keys, without typing anything.
    @discardableResult
    func waitForPrompt(_ prompt: String, timeout: Double = 15) throws -> String {
        let shown = try waitFor(prompt, timeout: timeout)
        try waitForRawMode(timeout: timeout)
        return shown
    }

    /// The text shown after the last time the screen and its scrollback were cleared (all of it
    /// when they never were), with escape sequences removed.
    var screenTextAfterLastClear: String {
        let bytes = rawOutput
        let clear = Array("\u{1B}[3J".utf8)
        var start = 0
        if bytes.count >= clear.count {
            for index in stride(from: bytes.count - clear.count, through: 0, by: -1)
            where bytes[index..<(index + clear.count)].elementsEqual(clear) {
                start = index + clear.count
                break
            }
        }
        return String(decoding: Self.strippingEscapes(Array(bytes[start...])), as: UTF8.self)
    }

    /// Sends raw bytes as typed input, including bytes that are not valid UTF-8 (which `type`
    /// cannot send). Writing happens on another thread, so a long paste cannot dead-lock with
    /// the program's echo: keep calling `waitFor` meanwhile. Returns a semaphore signalled once
    /// every byte has been written.
    ///
    /// The writer uses its own copy of the descriptor, so that if the test ends early and the
    /// number is reused, no stray keys reach another test's terminal.
    @discardableResult
    func sendBytes(_ bytes: [UInt8]) throws -> DispatchSemaphore {
        let descriptor = dup(controller)
        guard descriptor >= 0 else {
            throw Failure(description: "Could not copy the terminal's descriptor: \(String(cString: strerror(errno))).")
        }
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            defer { closeCopiedDescriptor(descriptor) }
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                if written < 0 {
                    if errno == EINTR || errno == EAGAIN { continue }
                    break
                }
                offset += written
            }
            finished.signal()
        }
        return finished
    }

    /// Reads the program's output directly and throws it away until `text` appears, searching
    /// only what is new. For huge echoes (a pasted megabyte): `waitFor` re-reads all the output
    /// each time more arrives, which is far slower. What is read here never reaches
    /// `screenText`, so later waits look only at output that comes after it. Returns the last
    /// few thousand characters read.
    @discardableResult
    func discardOutput(until text: String, timeout: Double) throws -> String {
        let descriptor = controller
        let needle = Array(text.utf8)
        var tail: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let deadline = Date().addingTimeInterval(timeout)
        var ending = "did not appear within \(timeout) seconds"
        while Date() < deadline {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, 50) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else {
                if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                ending = count == 0 ? "did not appear before the output ended"
                    : "did not appear before reading failed (\(String(cString: strerror(errno))))"
                break
            }
            tail += buffer[..<count]
            if tail.count > 8192 { tail.removeFirst(tail.count - 8192) }
            let stripped = Self.strippingEscapes(tail)
            if Self.firstRange(of: needle, in: stripped, from: 0) != nil {
                return String(decoding: stripped, as: UTF8.self)
            }
        }
        throw Failure(description: "\"\(text)\" \(ending). Last output:\n\(String(decoding: Self.strippingEscapes(tail), as: UTF8.self))")
    }
}

/// Closes a descriptor; at file scope so that `close` means the system call, not the method.
private func closeCopiedDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}
