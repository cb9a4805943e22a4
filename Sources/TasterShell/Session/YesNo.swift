import Foundation
import TasterWording

/// Reads a yes or a no, forgivingly.
enum YesNo {
    /// true for a yes (in English yes, y, yeah, ok...); false for a no (no, n, nope...); nil for
    /// anything else. The ways of saying each are the catalogue's.
    static func parse(_ line: String, catalogue: Catalogue) -> Bool? {
        let word = line.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().trimmingCharacters(in: .punctuationCharacters)
        switch catalogue.answer(word, among: [.answersYes, .answersNo]) {
        case .answersYes: return true
        case .answersNo: return false
        default: return nil
        }
    }

    /// Asks again, for a plain yes or no, while the answer is neither; nil when input ends.
    static func ask(_ reader: any LineReader, prompt: String, catalogue: Catalogue) -> Bool? {
        var prompt = prompt
        while true {
            let input = reader.readLine(prompt: prompt)
            if input == .interrupted { continue }
            guard case .line(let line) = input else { return nil }
            if let answer = parse(line, catalogue: catalogue) { return answer }
            prompt = catalogue.text(.yesNoAgain)

        }
    }
}
