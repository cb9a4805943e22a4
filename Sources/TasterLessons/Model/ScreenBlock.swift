/// A step's fixed-width screen: a picture of a screen, a letter or a payslip, drawn in text.
/// It is shown exactly as written, line by line, and never wrapped, so it must fit a narrow window.
public enum ScreenBlock {
    /// The widest a screen line may be, in columns.
    public static let maximumWidth = 60

    /// The screen's lines, exactly as written (a final line break is not a line of its own).
    public static func lines(of screen: String) -> [String] {
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// The columns a line takes: one per character, two for wide (East Asian) characters.
    public static func width(of line: String) -> Int {
        line.unicodeScalars.reduce(0) { total, scalar in
            switch scalar.value {
            case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: total
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
                 0x1F300...0x1FAFF, 0x20000...0x3FFFD: total + 2
            default: total + 1
            }
        }
    }

    /// An error for each line wider than `maximumWidth` and for tabs, whose width depends on the terminal.
    static func problems(in screen: String, stepName: ProblemValue, path: String, at location: SourceLocation) -> [LessonProblem] {
        var problems: [LessonProblem] = []
        for (offset, line) in lines(of: screen).enumerated() {
            if line.contains("\t") {
                problems.append(LessonProblem(path: path, location: location,
                    ProblemFact(.screenTab, ["line": "\(offset + 1)", "step": stepName])))
            }
            let columns = width(of: line)
            if columns > maximumWidth {
                problems.append(LessonProblem(path: path, location: location,
                    ProblemFact(.screenTooWide, ["line": "\(offset + 1)", "step": stepName, "columns": "\(columns)", "most": "\(maximumWidth)"])))
            }
        }
        if lines(of: screen).isEmpty {
            problems.append(LessonProblem(path: path, location: location, ProblemFact(.screenEmpty, ["step": stepName])))
        }
        return problems
    }
}
