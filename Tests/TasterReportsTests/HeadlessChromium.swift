import Foundation
import Testing

/// Renders a page in headless Chromium, as a library's computer would show and print it: to a
/// PDF as on A4 paper, to a screenshot as on a screen, and to the document it built.
///
/// Every run has a time limit: Chromium runs under `timeout`, which kills it and every process it
/// started when the limit passes, and the test kills `timeout` itself if even that hangs.
enum HeadlessChromium {
    /// Names Chromium is installed under (Debian's package installs `chromium`).
    static let programNames = ["chromium", "chromium-browser", "google-chrome"]
    /// The longest one rendering may take before it is killed.
    static let timeLimit = 90

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

    /// What went wrong running a program.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `html` printed as Chromium prints it, without the browser's own header and footer.
    static func printToPDF(_ html: String) throws -> PrintedPDF {
        try withPage(html) { page, folder in
            let pdf = folder.appendingPathComponent("page.pdf")
            _ = try chromium(["--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer", page.absoluteString], folder: folder)
            let bytes = try Data(contentsOf: pdf)
            let text = try run(try #require(pdftotext), [pdf.path, "-"], folder: folder)
            return PrintedPDF(bytes: bytes, text: text)
        }
    }

    /// The text of each page of a PDF Chromium printed, as pdftotext reads them one by one.
    static func pageTexts(_ pdf: PrintedPDF) throws -> [String] {
        try #require(pdf.bytes.isEmpty == false)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.pdf")
        try pdf.bytes.write(to: file)
        return try (1...max(pdf.pageCount, 1)).map { page in
            try run(try #require(pdftotext), ["-f", "\(page)", "-l", "\(page)", file.path, "-"], folder: folder)
        }
    }

    /// A PNG of `html` in a browser window of `width` by `height` pixels.
    static func screenshot(_ html: String, width: Int = 1280, height: Int = 900) throws -> Data {
        try withPage(html) { page, folder in
            let png = folder.appendingPathComponent("screen.png")
            _ = try chromium(["--screenshot=\(png.path)", "--window-size=\(width),\(height)", "--hide-scrollbars", page.absoluteString], folder: folder)
            return try Data(contentsOf: png)
        }
    }

    /// The document Chromium built from `html`, serialised back to HTML.
    static func dumpDOM(_ html: String) throws -> String {
        try withPage(html) { page, folder in
            try chromium(["--dump-dom", page.absoluteString], folder: folder)
        }
    }

    /// Writes `html` into a fresh folder (which also holds Chromium's profile) and removes it after.
    private static func withPage<T>(_ html: String, _ body: (URL, URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taster-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        try Data(html.utf8).write(to: page)
        return try body(page, folder)
    }

    /// Runs Chromium headless with its own profile in `folder`, returning what it printed.
    private static func chromium(_ arguments: [String], folder: URL) throws -> String {
        let chromium = try #require(executable)
        // Root in a container needs --no-sandbox; a small /dev/shm there needs the last flag.
        let common = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--disable-dev-shm-usage", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
        ]
        return try run(chromium, common + arguments, folder: folder)
    }

    /// Runs `program` under `timeout`, returning its standard output; throws when it fails or
    /// runs out of time.
    private static func run(_ program: String, _ arguments: [String], folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // timeout puts the program in a process group of its own and kills the whole group.
        process.arguments = ["timeout", "--kill-after=5", "\(timeLimit)", program] + arguments
        process.currentDirectoryURL = folder
        var variables = ProcessInfo.processInfo.environment
        variables["HOME"] = folder.path
        process.environment = variables
        let outputFile = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        let errorFile = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(Double(timeLimit + 15))
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            usleep(500_000)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            throw Failure(description: "\(program) was still running after \(timeLimit + 15) seconds and was stopped.")
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
