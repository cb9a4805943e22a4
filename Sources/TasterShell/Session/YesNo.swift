import Foundation

/// Reads a yes or a no, forgivingly.
enum YesNo {
    /// true for yes, y, yeah, ok; false for no, n, nope; nil for anything else or no input.
    static func parse(_ line: String) -> Bool? {
        let word = line.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().trimmingCharacters(in: .punctuationCharacters)
        if ["yes", "y", "yeah", "yep", "ok", "okay", "sure", "please", "yes please", "carry on", "continue", "go on"].contains(word) { return true }
        if ["no", "n", "nope", "not now", "no thanks", "no thank you"].contains(word) { return false }
        return nil
    }

    /// Asks again, for a plain yes or no, while the answer is neither; nil when input ends.
    static func ask(_ reader: any LineReader, prompt: String) -> Bool? {
        var prompt = prompt
        while true {
            let input = reader.readLine(prompt: prompt)
            if input == .interrupted { continue }
            guard case .line(let line) = input else { return nil }
            if let answer = parse(line) { return answer }
            prompt = "Please type yes or no: "
        }
    }
}
