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
    public var needsHelpMark: String { catalogue.text(.liveNeedsHelp) }

    /// The narrowest terminal the table is laid out for; narrower ones get the same table cut at the edge.
    public static let narrowestWidth = 60

    /// The whole screen as text (no trailing newline), no line wider than `width`; in colour mode
    /// it starts by clearing the screen.
    public func render(mode: Mode, width: Int = 100) -> String {
        let colour = mode == .colour
        let width = max(width, 20)
        var lines = wrapped(title, width: width).map { bold($0, colour) }
        lines.append("")
        let rows = self.rows
        if rows.isEmpty {
            lines += wrapped(emptyMessage, width: width)
        } else if colour {
            lines += table(rows, width: width)
        } else {
            lines += rows.flatMap { wrapped(sentence(for: $0), width: width) }
        }
        lines.append("")
        let needing = rows.filter { $0.reason != nil }.count
        lines += wrapped(catalogue.text(one: .liveSummaryOne, other: .liveSummaryOther, count: rows.count, ["needing": "\(needing)"]), width: width)
        let text = lines.joined(separator: "\n")
        return colour ? "\u{1B}[H\u{1B}[2J" + text : text
    }

    /// One learner as the board shows them.
    private struct Row {
        var status: LiveStatus
        var handle: String
        var reason: LiveStatus.HelpReason?
    }

    /// The learners, those needing help first (asked, then stuck, then idle), each group in the
    /// store's order (by name), so a glance at the top says who to go to.
    private var rows: [Row] {
        let handles = board.handles
        let all = board.learners.map { status in
            Row(status: status, handle: handles[status.code] ?? status.code.rawValue, reason: status.helpReason(now: board.takenAt))
        }
        let order = LiveStatus.HelpReason.allCases
        return all.enumerated().sorted { left, right in
            let a = left.element.reason.flatMap(order.firstIndex(of:)) ?? order.count
            let b = right.element.reason.flatMap(order.firstIndex(of:)) ?? order.count
            return (a, left.offset) < (b, right.offset)
        }.map(\.element)
    }

    private var emptyMessage: String {
        if board.session != nil { return catalogue.text(.liveEmptySession) }
        if let ended = board.endedSession, let endedAt = ended.endedAt,
           board.takenAt.timeIntervalSince(endedAt) < LiveBoard.recentWindow {
            return catalogue.text(.liveEmptyEnded)
        }
        return catalogue.text(.liveEmptyRecent)
    }

    // MARK: - The table (colour)

    private enum Column: Int, CaseIterable {
        case handle, name, lesson, step, minutes, wrong, hints, help

        var headingKey: WordKey {
            switch self {
            case .handle: .liveHeadingLearner
            case .name: .liveHeadingName
            case .lesson: .liveHeadingLesson
            case .step: .liveHeadingStep
            case .minutes: .liveHeadingMinutes
            case .wrong: .liveHeadingWrong
            case .hints: .liveHeadingHints
            case .help: .liveHeadingHelp
            }
        }
    }

    /// What is given up, in order, until the table fits: the lesson title is shortened first,
    /// then the nickname, then the counts go (hints, wrong answers, minutes), then the title and
    /// nickname are cut further, the nickname goes and at last the title. The handle, the step
    /// and the NEEDS HELP mark with its reason are never cut, so from 60 columns up each learner
    /// is one line with who, where and why.
    private enum Squeeze {
        case shrink(Column, to: Int)
        case drop(Column)
    }

    private static let squeezes: [Squeeze] = [
        .shrink(.lesson, to: 14), .shrink(.name, to: 10), .drop(.hints), .shrink(.lesson, to: 10), .shrink(.name, to: 6),
        .drop(.wrong), .drop(.minutes), .shrink(.lesson, to: 5), .drop(.name), .shrink(.lesson, to: 3), .drop(.lesson),
    ]

    private static let gap = "  "

    private func table(_ rows: [Row], width: Int) -> [String] {
        let cells = rows.map(cells)
        let headings = Column.allCases.map { catalogue.text($0.headingKey) }
        let natural = Column.allCases.map { column in
            ([headings[column.rawValue]] + cells.map { $0[column.rawValue] }).map(DisplayWidth.of).max() ?? 0
        }
        var widths = natural
        var shown = Set(Column.allCases)
        // No nicknames on the board: no NAME column.
        if cells.allSatisfy({ $0[Column.name.rawValue].isEmpty }) { shown.remove(.name) }
        func total() -> Int {
            let columns = shown.map { widths[$0.rawValue] }
            return columns.reduce(0, +) + Self.gap.count * max(0, columns.count - 1)
        }
        for squeeze in Self.squeezes where total() > width {
            switch squeeze {
            case .shrink(let column, let limit): widths[column.rawValue] = min(widths[column.rawValue], max(limit, DisplayWidth.of(headings[column.rawValue])))
            case .drop(let column): shown.remove(column)
            }
        }
        // Room left over goes back to the lesson title, then the nickname.
        for column in [Column.lesson, .name] where shown.contains(column) {
            widths[column.rawValue] = min(natural[column.rawValue], widths[column.rawValue] + max(0, width - total()))
        }
        let columns = Column.allCases.filter(shown.contains)
        func line(_ row: [String]) -> String {
            let text = columns.enumerated().map { index, column in
                let cell = Self.clip(row[column.rawValue], to: widths[column.rawValue])
                return index == columns.count - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[column.rawValue] - DisplayWidth.of(cell)))
            }.joined(separator: Self.gap)
            return Self.clip(text.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression), to: width)
        }
        var lines = [bold(line(headings), true)]
        lines.append(String(repeating: "\u{2500}", count: min(width, total())))
        for (row, text) in zip(rows, cells) {
            let drawn = line(text)
            lines.append(row.reason != nil ? "\u{1B}[1;97;41m" + drawn + "\u{1B}[0m" : drawn)
        }
        return lines
    }

    private func cells(_ row: Row) -> [String] {
        let help = row.reason.map { catalogue.text(.liveNeedsHelpCell, ["mark": needsHelpMark, "reason": catalogue.words(for: $0)]) } ?? ""
        let name = row.status.nickname.map(TerminalText.sanitizeLine) ?? ""
        guard let step = row.status.step else {
            return [row.handle, name, catalogue.text(.liveCellChoosing), "", "", "", "", help]
        }
        let place = step.isFinished ? catalogue.text(.liveCellFinished) : catalogue.text(.liveCellStep, ["step": "\(step.stepNumber)", "steps": "\(step.stepCount)"])
        return [
            row.handle, name, TerminalText.sanitizeLine(step.lessonTitle), place,
            // A finished lesson has no step in hand, so no time or counts on it.
            step.isFinished ? "" : "\(minutes(since: step.stepStartedAt))", step.isFinished ? "" : "\(step.wrongAttempts)",
            step.isFinished ? "" : "\(step.hintsOnStep)", help,
        ]
    }

    // MARK: - Plain: one labelled sentence per learner, every value whole

    private func sentence(for row: Row) -> String {
        var who = row.handle
        if let nickname = row.status.nickname { who = catalogue.text(.liveWhoNickname, ["handle": who, "nickname": TerminalText.sanitizeLine(nickname)]) }
        var parts: [String] = []
        if let reason = row.reason { parts.append(catalogue.text(.liveNeedsHelpSentence, ["mark": needsHelpMark, "reason": catalogue.words(for: reason)])) }
        if let step = row.status.step {
            let title = TerminalText.sanitizeLine(step.lessonTitle)
            if step.isFinished {
                parts.append(catalogue.text(.liveFinished, ["title": title]))
            } else {
                parts.append(catalogue.text(.liveOnStep, [
                    "title": title, "step": "\(step.stepNumber)", "steps": "\(step.stepCount)",
                    "minutes": catalogue.text(one: .liveMinutesOne, other: .liveMinutesOther, count: minutes(since: step.stepStartedAt)),
                    "wrong": catalogue.text(one: .liveWrongOne, other: .liveWrongOther, count: step.wrongAttempts),
                    "hints": catalogue.text(one: .liveHintsOne, other: .liveHintsOther, count: step.hintsOnStep),
                ]))
            }
        } else {
            parts.append(catalogue.text(.liveChoosing))
        }
        return catalogue.text(.liveRow, ["who": who, "parts": parts.joined(separator: " ")])
    }

    /// `text` wrapped at spaces to `width` (a "- " line as a list item, its later lines indented),
    /// and a word wider than the screen cut, so no line is ever wider than `width`.
    private func wrapped(_ text: String, width: Int) -> [String] {
        TextWrapper.wrap(text, width: width).components(separatedBy: "\n").map { Self.clip($0, to: width) }
    }

    /// One snapshot as pretty JSON with sorted keys and ISO 8601 dates; with `oneLine`, on a
    /// single line, so that a stream of snapshots is one JSON value per line.
    public func json(oneLine: Bool = false) -> String {
        let snapshot = Snapshot(
            takenAt: board.takenAt,
            session: board.session.map { .init(name: $0.name, startedAt: $0.startedAt) },
            learners: rows.map { row in
                let status = row.status
                let reason = row.reason
                return .init(
                    learner: status.displayName, handle: row.handle, code: status.code.rawValue, lessonID: status.step?.lessonID,
                    lesson: status.step?.lessonTitle, finished: status.step?.isFinished ?? false, step: status.step?.stepNumber, stepCount: status.step?.stepCount,
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
        if let session = board.session {
            return catalogue.text(.liveTitleOpen, ["time": time, "name": TerminalText.sanitizeLine(session.name), "started": clockTime(session.startedAt)])
        }
        if let ended = board.endedSession, let endedAt = ended.endedAt, board.takenAt.timeIntervalSince(endedAt) < LiveBoard.recentWindow {
            return catalogue.text(.liveTitleEnded, ["time": time, "name": TerminalText.sanitizeLine(ended.name), "ended": clockTime(endedAt)])
        }
        return catalogue.text(.liveTitleNone, ["time": time])

    }

    private func minutes(since date: Date) -> Int {
        max(0, Int(board.takenAt.timeIntervalSince(date) / 60))
    }

    private func bold(_ text: String, _ colour: Bool) -> String {
        colour ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
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
            var handle: String
            var code: String
            var lessonID: String?
            var lesson: String?
            var finished: Bool
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
