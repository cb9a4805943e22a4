import Foundation
import TasterStore
import TasterWording

/// The volunteers' live view as text: a table that can be read from a step away, with a clear
/// NEEDS HELP mark, in colour (drawn over the last one) or plain (a fresh block, no colour, no
/// cursor movement, no box characters), or as one JSON snapshot.
public struct LiveBoardView: Sendable {
    /// How the table is drawn.
    public enum Mode: Sendable, Equatable {
        /// Colour, bold headings, and redrawn in place: clears the screen first.
        case colour
        /// Plain text only.
        case plain
    }

    /// The board to show; its `takenAt` is "now" for every duration shown.
    public let board: LiveBoard
    /// The time zone for the times of day shown.
    public let timeZone: TimeZone
    /// Where the words come from.
    public let catalogue: Catalogue

    /// Creates a view of `board`, showing times of day in `timeZone`, in the words of `catalogue`.
    public init(board: LiveBoard, timeZone: TimeZone = .current, catalogue: Catalogue = .english) {
        self.board = board
        self.timeZone = timeZone
        self.catalogue = catalogue
    }

    /// The mark shown for a learner who may need a volunteer.
    public static let needsHelpMark = "NEEDS HELP"

    private static let headings = ["LEARNER", "LESSON", "STEP", "MINUTES", "WRONG", "HINTS", "HELP"]

    /// The whole screen as text (no trailing newline); in colour mode it starts by clearing the screen.
    public func render(mode: Mode, width: Int = 100) -> String {
        let colour = mode == .colour
        var lines: [String] = []
        lines.append(bold(title, colour))
        lines.append("")
        if board.learners.isEmpty {
            lines.append(board.session == nil
                ? "Nobody has been active in the last two hours."
                : "Nobody has started yet in this session.")
        } else {
            let rows = board.learners.map(cells)
            let lessonWidth = max(10, min(32, width - 70))
            let limits = [20, lessonWidth, 12, 7, 5, 5, 40]
            // A learner code is never cut short: it is what a volunteer types to clear a hand.
            let clipped = zip(rows, board.learners).map { row, status in
                zip(row, limits).enumerated().map { column, cell in
                    column == 0 && status.nickname == nil ? cell.0 : Self.clip(cell.0, to: cell.1)
                }
            }
            let widths = Self.headings.indices.map { column in
                ([Self.headings[column]] + clipped.map { $0[column] }).map(DisplayWidth.of).max() ?? 0
            }
            lines.append(bold(Self.join(Self.headings, widths), colour))
            if colour { lines.append(String(repeating: "\u{2500}", count: min(width, widths.reduce(0, +) + 3 * (widths.count - 1)))) }
            for (row, status) in zip(clipped, board.learners) {
                var line = Self.join(row, widths)
                if colour, status.helpReason(now: board.takenAt) != nil {
                    line = "\u{1B}[1;97;41m" + line + "\u{1B}[0m"
                }
                lines.append(line)
            }
        }
        lines.append("")
        let needing = board.learners.filter { $0.helpReason(now: board.takenAt) != nil }.count
        lines.append("\(board.learners.count) learner\(board.learners.count == 1 ? "" : "s"), \(needing) needing help. "
            + "Clear a raised hand with: taster session clear CODE. Press Ctrl-C to stop watching.")
        let text = lines.joined(separator: "\n")
        return colour ? "\u{1B}[H\u{1B}[2J" + text : text
    }

    /// One snapshot as pretty JSON with sorted keys and ISO 8601 dates; with `oneLine`, on a
    /// single line, so that a stream of snapshots is one JSON value per line.
    public func json(oneLine: Bool = false) -> String {
        let snapshot = Snapshot(
            takenAt: board.takenAt,
            session: board.session.map { .init(name: $0.name, startedAt: $0.startedAt) },
            learners: board.learners.map { status in
                let reason = status.helpReason(now: board.takenAt)
                return .init(
                    learner: status.displayName, code: status.code.rawValue, lessonID: status.step?.lessonID,
                    lesson: status.step?.lessonTitle, step: status.step?.stepNumber, stepCount: status.step?.stepCount,
                    minutesOnStep: status.step.map { minutes(since: $0.stepStartedAt) },
                    wrongAttempts: status.step?.wrongAttempts ?? 0, hints: status.step?.hintsOnStep ?? 0,
                    handRaised: status.handRaisedAt != nil, minutesSinceActivity: minutes(since: status.lastActivityAt),
                    needsHelp: reason != nil, helpReason: reason.map(catalogue.words(for:)))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = oneLine ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // Encoding plain strings, numbers and dates cannot fail.
        return (try? encoder.encode(snapshot)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    // MARK: - Helpers

    private var title: String {
        let time = clockTime(board.takenAt)
        guard let session = board.session else { return "Taster live view at \(time): no session open, showing the last two hours" }
        return "Taster live view at \(time): session \"\(TerminalText.sanitizeLine(session.name))\", started \(clockTime(session.startedAt))"
    }

    private func cells(_ status: LiveStatus) -> [String] {
        let help = status.helpReason(now: board.takenAt).map { "\(Self.needsHelpMark) (\(catalogue.words(for: $0)))" } ?? ""
        let name = TerminalText.sanitizeLine(status.displayName)
        guard let step = status.step else {
            return [name, "(choosing a lesson)", "", "", "", "", help]
        }
        return [
            name, TerminalText.sanitizeLine(step.lessonTitle), "step \(step.stepNumber) of \(step.stepCount)",
            "\(minutes(since: step.stepStartedAt))", "\(step.wrongAttempts)", "\(step.hintsOnStep)", help,
        ]
    }

    private func minutes(since date: Date) -> Int {
        max(0, Int(board.takenAt.timeIntervalSince(date) / 60))
    }

    private func bold(_ text: String, _ colour: Bool) -> String {
        colour ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
    }

    private static func join(_ cells: [String], _ widths: [Int]) -> String {
        zip(cells, widths).map { cell, width in cell + String(repeating: " ", count: max(0, width - DisplayWidth.of(cell))) }
            .joined(separator: "   ")
            .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }

    private static func clip(_ text: String, to limit: Int) -> String {
        guard DisplayWidth.of(text) > limit else { return text }
        var result = ""
        for character in text {
            if DisplayWidth.of(result) + DisplayWidth.of(character) > limit - 1 { break }
            result.append(character)
        }
        return result + "\u{2026}"
    }

    /// A time of day as HH:mm.
    private func clockTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    private struct Snapshot: Encodable {
        struct Session: Encodable {
            var name: String
            var startedAt: Date
        }

        struct Learner: Encodable {
            var learner: String
            var code: String
            var lessonID: String?
            var lesson: String?
            var step: Int?
            var stepCount: Int?
            var minutesOnStep: Int?
            var wrongAttempts: Int
            var hints: Int
            var handRaised: Bool
            var minutesSinceActivity: Int
            var needsHelp: Bool
            var helpReason: String?
        }

        var takenAt: Date
        var session: Session?
        var learners: [Learner]
    }
}
