import TasterLessons

/// Writes the English fingerprints into a translation file's text (`taster lint
/// --update-fingerprints`), so translators never work one out by hand.
///
/// Only the `fingerprint:` values change: every other byte of the file, its comments and its
/// layout stay as the translator wrote them. A missing fingerprint is added as the step's first key, in quotes.
public enum FingerprintUpdate {
    /// The file's new text and the ids of the steps whose fingerprint was added or changed.
    public struct Result: Sendable, Equatable {
        /// The whole file, updated.
        public var text: String
        /// The steps changed, in file order.
        public var changedSteps: [String]
        /// Steps that could not be updated (written in `{ }` on one line), with why.
        public var problems: [LessonProblem]
    }

    /// `text` with each translated step's fingerprint set to its English step's.
    public static func updated(_ text: String, translation: LessonTranslation, lesson: Lesson) -> Result {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0).unicodeScalars) }
        var changed: [String] = []
        var problems: [LessonProblem] = []
        // From the end of the file back, so that an added line never moves a place still to come.
        let steps = translation.steps.sorted { $0.location > $1.location }
        for step in steps {
            guard let english = lesson.steps.first(where: { $0.id == step.id }) else { continue }
            let fingerprint = StepFingerprint.of(english)
            guard step.fingerprint != fingerprint else { continue }
            // Quoted, because YAML reads some fingerprints, such as 69e80453, as numbers.
            let quoted = "\"" + fingerprint + "\""
            if let place = step.fingerprintLocation {
                let row = place.line - 1, start = place.column - 1
                guard lines.indices.contains(row), start <= lines[row].count else { continue }
                var end = start
                let line = lines[row]
                if end < line.count, line[end] == "\"" || line[end] == "'" {
                    let quote = line[end]
                    end += 1
                    while end < line.count, line[end] != quote { end += 1 }
                    end = min(end + 1, line.count)
                } else {
                    while end < line.count, line[end] != " ", line[end] != "\t" { end += 1 }
                }
                lines[row].replaceSubrange(start..<end, with: Array(quoted.unicodeScalars))
                changed.append(step.id)
            } else if let body = step.bodyLocation, body.line > step.location.line {
                let indent = String(repeating: " ", count: body.column - 1)
                lines.insert(Array((indent + "fingerprint: " + quoted).unicodeScalars), at: body.line - 1)
                changed.append(step.id)
            } else {
                problems.append(LessonProblem(path: translation.sourcePath, location: step.location, severity: .warning,
                    ProblemFact(.fingerprintOneLine, ["id": .text(step.id)])))
            }
        }
        var result = String.UnicodeScalarView()
        for (index, line) in lines.enumerated() {
            if index > 0 { result.append("\n") }
            result.append(contentsOf: line)
        }
        return Result(text: String(result), changedSteps: changed.reversed(), problems: problems)
    }
}
