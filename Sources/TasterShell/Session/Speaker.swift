import Foundation

/// Reads text aloud for learners who prefer to listen.
public protocol Speaker: AnyObject {
    /// Starts reading `text`, stopping whatever was being read.
    func say(_ text: String)
    /// Stops reading.
    func stop()
    /// Reads from now on with `voice`, the speech program's name for the learner's language
    /// (the catalogue's `speech.voice`), when the learner chooses another language.
    func changeVoice(to voice: String)
}

/// Reads aloud with the espeak-ng program, one utterance at a time, in the learner's language
/// (espeak-ng's voice from the catalogue: `en-gb`, `cy`).
public final class EspeakSpeaker: Speaker {
    private let executable: URL
    private var voice: String
    private var current: Process?

    /// The speaker, or nil when espeak-ng is not installed on this computer; `voice` is
    /// espeak-ng's name for the learner's language (the catalogue's `speech.voice`).
    public init?(voice: String, searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin") {
        let candidates = searchPath.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("espeak-ng") }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else { return nil }
        executable = found
        self.voice = voice
    }

    public func say(_ text: String) {
        stop()
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-v", voice, "--stdin"]

        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return }
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        current = process
    }

    public func changeVoice(to voice: String) {
        self.voice = voice
    }

    public func stop() {
        if let current, current.isRunning { current.terminate() }
        current = nil
    }

    deinit {
        stop()
    }
}
