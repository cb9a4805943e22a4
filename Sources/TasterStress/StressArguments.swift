import Foundation

/// The command line of `taster-stress`: a mode followed by `--name value` pairs.
struct StressArguments {
    /// The first word: record, forever, raw, latency or open.
    let mode: String
    private let values: [String: String]

    /// Reads `arguments` (without the program name), or says what is malformed.
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
