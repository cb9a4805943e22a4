import Foundation
import TasterTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders a page in headless Chromium, as a library's computer would show and print it: to a
/// PDF as on A4 paper, to a screenshot as on a screen, and to the document it built.
///
/// One browser serves the whole test run, driven through its DevTools pipe
/// (`--remote-debugging-pipe`) with the same commands Chromium's own `--print-to-pdf`,
/// `--screenshot` and `--dump-dom` send: starting a browser for each page took most of these
/// tests' time. Each page opens in a tab of its own, closed afterwards, so nothing of one page
/// reaches the next.
///
/// Nothing can wait for ever: every answer from the browser has a time limit, the browser runs
/// under `timeout` for at most `lifetime` seconds, and it ends by itself when this process
/// closes the pipe (as it does when the test run ends, however it ends).
enum HeadlessChromium {
    /// Names Chromium is installed under (Debian's package installs `chromium`).
    static let programNames = ["chromium", "chromium-browser", "google-chrome"]
    /// The longest one rendering may take, in seconds.
    static let timeLimit = 90.0
    /// The longest the shared browser may live, in seconds.
    static let lifetime = 900

    /// Chromium's path, if installed.
    static let executable: String? = program(programNames)
    /// poppler's `pdftotext`, to read what a printed page says.
    static let pdftotext: String? = program(["pdftotext"])

    /// Whether these tests can run. In CI they must: a missing Chromium there fails the run
    /// rather than skipping it, so a green run always means the pages were really rendered.
    static var isAvailable: Bool {
        if executable == nil || pdftotext == nil, ProcessInfo.processInfo.environment["CI"] != nil {
            Issue.record("Chromium or pdftotext is missing: install the Debian packages chromium and poppler-utils (make test does this).")
        }
        return executable != nil && pdftotext != nil
    }

    /// What went wrong running a program or talking to the browser.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `html` printed as Chromium prints it, without the browser's own header and footer: the
    /// page's own size (`@page`), its backgrounds, as `--print-to-pdf --no-pdf-header-footer` does.
    static func printToPDF(_ html: String) throws -> PrintedPDF {
        let bytes = try browser().withPage(html) { page in
            try page.data(page.call("Page.printToPDF", [
                "displayHeaderFooter": false, "printBackground": true, "preferCSSPageSize": true,
            ]))
        }
        let folder = try TemporaryFolder(prefix: "taster-chromium-pdf")
        let pdf = folder.child("page.pdf")
        try bytes.write(to: pdf)
        let text = try run(try #require(pdftotext), [pdf.path, "-"], folder: folder.url)
        return PrintedPDF(bytes: bytes, text: text)
    }

    /// The text of each page of a PDF Chromium printed, as pdftotext reads them one by one.
    static func pageTexts(_ pdf: PrintedPDF) throws -> [String] {
        try #require(pdf.bytes.isEmpty == false)
        let folder = try TemporaryFolder(prefix: "taster-pdf-pages")
        let file = folder.child("page.pdf")
        try pdf.bytes.write(to: file)
        return try (1...max(pdf.pageCount, 1)).map { page in
            try run(try #require(pdftotext), ["-f", "\(page)", "-l", "\(page)", file.path, "-"], folder: folder.url)
        }
    }

    /// A PNG of `html` in a browser window of `width` by `height` pixels, as `--screenshot` with
    /// `--window-size` takes it.
    static func screenshot(_ html: String, width: Int = 1280, height: Int = 900) throws -> Data {
        try browser().withPage(html, width: width, height: height) { page in
            try page.data(page.call("Page.captureScreenshot", ["format": "png"]))
        }
    }

    /// The document Chromium built from `html`, serialised back to HTML, as `--dump-dom` does.
    static func dumpDOM(_ html: String) throws -> String {
        try browser().withPage(html) { page in
            let result = try page.call("Runtime.evaluate", ["expression": "document.documentElement.outerHTML", "returnByValue": true])
            guard let value = (result["result"] as? [String: Any])?["value"] as? String else {
                throw Failure(description: "Chromium gave no document: \(result)")
            }
            return value
        }
    }

    /// The page's language as the browser reads it: `document.documentElement.lang`.
    static func documentLanguage(_ html: String) throws -> String {
        try browser().withPage(html) { page in
            let result = try page.call("Runtime.evaluate", ["expression": "document.documentElement.lang", "returnByValue": true])
            guard let value = (result["result"] as? [String: Any])?["value"] as? String else {
                throw Failure(description: "Chromium gave no language: \(result)")
            }
            return value
        }
    }

    /// The shared browser, started on first use.
    private static func browser() throws -> Browser {
        try started.get()
    }

    private static let started = Result { () throws -> Browser in
        guard let executable else { throw Failure(description: "Chromium is not installed.") }
        return try Browser(executable: executable, lifetime: lifetime, timeLimit: timeLimit)
    }

    /// Runs `program` under `timeout`, returning its standard output; throws when it fails or
    /// runs out of time.
    private static func run(_ program: String, _ arguments: [String], folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // timeout puts the program in a process group of its own and kills the whole group.
        process.arguments = ["timeout", "--kill-after=5", "\(Int(timeLimit))", program] + arguments
        process.currentDirectoryURL = folder
        let outputFile = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        let errorFile = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeLimit + 15)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw Failure(description: "\(program) was still running after \(Int(timeLimit) + 15) seconds and was stopped.")
        }
        let output = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            let error = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            let reason = process.terminationStatus == 124 ? "ran out of time" : "ended with status \(process.terminationStatus)"
            throw Failure(description: "\(program) \(reason): \(error.suffix(2000))")
        }
        return output
    }

    private static func program(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }
}

/// One headless Chromium and the pipe to its DevTools: messages are JSON, each ended by a NUL
/// byte, written to the browser's descriptor 3 and read from its descriptor 4. One page at a
/// time (the lock), so answers and events are never mixed between tests.
private final class Browser: @unchecked Sendable {
    private let lock = NSLock()
    private let toBrowser: Int32
    private let fromBrowser: Int32
    private let timeLimit: Double
    private let profile: TemporaryFolder
    private var unread: [UInt8] = []
    private var lastID = 0
    private var events: [(method: String, session: String?)] = []

    init(executable: String, lifetime: Int, timeLimit: Double) throws {
        self.timeLimit = timeLimit
        profile = try TemporaryFolder(prefix: "taster-chromium")
        var commands: [Int32] = [0, 0]
        var answers: [Int32] = [0, 0]
        guard pipe(&commands) == 0, pipe(&answers) == 0 else {
            throw HeadlessChromium.Failure(description: "No pipe for Chromium: \(String(cString: strerror(errno)))")
        }
        // Closed on exec, so no other program a test starts holds a copy of either end (which
        // would keep the browser open after this process ends).
        for descriptor in commands + answers { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        // The browser's ends become its descriptors 3 and 4; every other descriptor is closed
        // in it, so the browser holds no copy of this process's ends and sees the pipe close.
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let log = profile.child("chromium.log").path
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        // Moved up first, so that the copies to 3 and 4 cannot overwrite one another.
        posix_spawn_file_actions_adddup2(&actions, commands[0], 100)
        posix_spawn_file_actions_adddup2(&actions, answers[1], 101)
        posix_spawn_file_actions_adddup2(&actions, 100, 3)
        posix_spawn_file_actions_adddup2(&actions, 101, 4)
        guard ChildDescriptors.closeAll(from: 5, in: &actions) else {
            throw HeadlessChromium.Failure(description: "This C library cannot close descriptors in a new process (glibc 2.34 or later).")
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        ChildSignals.reset(&attributes)

        // Root in a container needs --no-sandbox; a small /dev/shm there needs --disable-dev-shm-usage.
        let argv = ["timeout", "--kill-after=5", "\(lifetime)", executable,
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                    "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=\(profile.child("profile").path)",
                    "--remote-debugging-pipe", "about:blank"]
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = profile.url.path
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var child: pid_t = 0
        let result = posix_spawnp(&child, "timeout", &actions, &attributes, cArguments, cEnvironment)
        close(commands[0])
        close(answers[1])
        guard result == 0 else {
            close(commands[1])
            close(answers[0])
            throw HeadlessChromium.Failure(description: "Chromium could not be started: \(String(cString: strerror(result)))")
        }
        toBrowser = commands[1]
        fromBrowser = answers[0]
        // A closed browser must not end the test run with SIGPIPE on the next write.
        signal(SIGPIPE, SIG_IGN)
        // Reaped in the background, so it never lingers as a zombie.
        let started = child
        Thread.detachNewThread {
            var status: Int32 = 0
            _ = waitpid(started, &status, 0)
        }
    }

    /// A tab showing `html`, `width` by `height` pixels, given to `body`, closed afterwards.
    func withPage<T>(_ html: String, width: Int = 1280, height: Int = 900, _ body: (Page) throws -> T) throws -> T {
        try lock.withLock {
            let file = profile.child("page-\(UUID().uuidString).html")
            try Data(html.utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let target = try call("Target.createTarget", ["url": "about:blank"])
            guard let targetID = target["targetId"] as? String else { throw failure("no tab", target) }
            defer { _ = try? call("Target.closeTarget", ["targetId": targetID]) }
            let attached = try call("Target.attachToTarget", ["targetId": targetID, "flatten": true])
            guard let session = attached["sessionId"] as? String else { throw failure("no session", attached) }
            let page = Page(browser: self, session: session)
            _ = try page.call("Page.enable", [:])
            // The window's inner size, as `--window-size` gives it.
            _ = try page.call("Emulation.setDeviceMetricsOverride", ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": false])
            events.removeAll()
            _ = try page.call("Page.navigate", ["url": file.absoluteString])
            try waitForEvent("Page.loadEventFired", session: session)
            return try body(page)
        }
    }

    /// One tab's session.
    struct Page {
        let browser: Browser
        let session: String

        func call(_ method: String, _ parameters: [String: Any]) throws -> [String: Any] {
            try browser.call(method, parameters, session: session)
        }

        /// The base64 `data` of an answer, decoded.
        func data(_ answer: [String: Any]) throws -> Data {
            guard let text = answer["data"] as? String, let bytes = Data(base64Encoded: text) else {
                throw browser.failure("no data", answer)
            }
            return bytes
        }
    }

    func failure(_ what: String, _ answer: [String: Any]) -> HeadlessChromium.Failure {
        HeadlessChromium.Failure(description: "Chromium gave \(what): \(String(describing: answer).prefix(500))")
    }

    /// Sends a command and returns its result, keeping the events that come meanwhile.
    func call(_ method: String, _ parameters: [String: Any], session: String? = nil) throws -> [String: Any] {
        lastID += 1
        let id = lastID
        var message: [String: Any] = ["id": id, "method": method, "params": parameters]
        if let session { message["sessionId"] = session }
        var bytes = [UInt8](try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(toBrowser, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw HeadlessChromium.Failure(description: "Chromium's pipe closed while sending \(method): \(String(cString: strerror(errno))).")
            }
            offset += written
        }
        let deadline = Date().addingTimeInterval(timeLimit)
        while true {
            let answer = try nextMessage(before: deadline, waitingFor: method)
            if answer["id"] as? Int == id {
                if let error = answer["error"] { throw HeadlessChromium.Failure(description: "Chromium refused \(method): \(error)") }
                return answer["result"] as? [String: Any] ?? [:]
            }
            if let event = answer["method"] as? String { events.append((event, answer["sessionId"] as? String)) }
        }
    }

    /// Waits for the event `method` from `session` (or finds it among those already come).
    private func waitForEvent(_ method: String, session: String) throws {
        let deadline = Date().addingTimeInterval(timeLimit)
        while !events.contains(where: { $0.method == method && $0.session == session }) {
            let message = try nextMessage(before: deadline, waitingFor: method)
            if let event = message["method"] as? String { events.append((event, message["sessionId"] as? String)) }
        }
    }

    /// The next message from the browser, waiting at most until `deadline`.
    private func nextMessage(before deadline: Date, waitingFor what: String) throws -> [String: Any] {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let end = unread.firstIndex(of: 0) {
                let message = Array(unread[..<end])
                unread.removeSubrange(...end)
                guard let object = try JSONSerialization.jsonObject(with: Data(message)) as? [String: Any] else {
                    throw HeadlessChromium.Failure(description: "Chromium sent something that is not a message.")
                }
                return object
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else {
                throw HeadlessChromium.Failure(description: "Chromium did not answer \(what) within \(Int(timeLimit)) seconds.")
            }
            var request = pollfd(fd: fromBrowser, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, Int32(min(left, 1) * 1000)) > 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { read(fromBrowser, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                throw HeadlessChromium.Failure(description: "Chromium closed its pipe while \(what) was awaited; see \(profile.child("chromium.log").path).")
            }
            unread += chunk[..<count]
        }
    }
}
