import Foundation

/// The command line of `taster-stress`: a mode followed by `--name value` pairs.
struct StressArguments {
    /// The first word: record, forever, raw, latency or open.
    let mode: String
    private let values: [String: String]

    /// Reads `arguments` (without the program name); nil with a usage message when malformed.
    static func parse(_ arguments: [String]) -> Result<StressArguments, StressUsageError> {
        guard let mode = arguments.first, !mode.hasPrefix("-") else { return .failure(.init("no mode given")) }
        var values: [String: String] = [:]
        var index = 1
        while index < arguments.count {
            let name = arguments[index]
            guard name.hasPrefix("--"), index + 1 < arguments.count else {
                return .failure(.init("expected --name value, found \u{201C}\(name)\u{201D}"))
            }
            values[String(name.dropFirst(2))] = arguments[index + 1]
            index += 2
        }
        return .success(StressArguments(mode: mode, values: values))
    }

    /// The text value of `--name`.
    func text(_ name: String) throws(StressUsageError) -> String {
        guard let value = values[name] else { throw .init("--\(name) is required") }
        return value
    }

    /// The whole-number value of `--name`, or `fallback` when absent.
    func number(_ name: String, default fallback: Int? = nil) throws(StressUsageError) -> Int {
        guard let value = values[name] else {
            if let fallback { return fallback }
            throw .init("--\(name) is required")
        }
        guard let number = Int(value), number >= 0 else {
            throw .init("--\(name) must be a whole number, not \u{201C}\(value)\u{201D}")
        }
        return number
    }

    /// The folder given by `--data-dir`.
    func dataDirectory() throws(StressUsageError) -> URL {
        URL(fileURLWithPath: try text("data-dir"))
    }
}

/// A mistake on the command line.
struct StressUsageError: Error {
    /// What is wrong.
    let message: String

    init(_ message: String) { self.message = message }

    /// How to call the program.
    static let usage = """
        usage: taster-stress MODE --data-dir DIR [options]
          record  --learner-index N --events E   write E step events for a new learner; prints "ok <rows>"
          raw     --learner-index N --events E   the same work through the SQLite C API; prints "ok <rows>"
          forever [--learner-index N]            prints "learner <code>", then "<k>" after each returned write
          latency --events E --via store|raw     prints "ok <events> <median-us> <p99-us> <mean-us>"
          open                                   opens the store; prints "ok" or "error <message>"
        """
}
