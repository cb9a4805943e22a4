extension OutputStyle {
    /// The step counter: `label` (such as "Step 3 of 8", in the learner's words) and a bar,
    /// "Step 3 of 8  [####------]"; in plain mode the label alone, because screen readers read
    /// bar characters out one by one.
    public func progress(_ label: String, step: Int, of total: Int, barWidth: Int = 10) -> String {

        guard !isPlain, total > 0, barWidth > 0 else { return label }
        let fraction = Double(min(max(step, 0), total)) / Double(total)
        let filled = Int((fraction * Double(barWidth)).rounded())
        let done = String(repeating: "#", count: filled)
        let remaining = String(repeating: "-", count: barWidth - filled)
        return "\(label)  [\(good(done))\(dim(remaining))]"
    }

    /// Shows a few short lines big and clear, such as a learner's code: inside a box drawn with
    /// Unicode box characters, with a blank line of padding all round; in plain mode the lines
    /// alone, between blank lines. Lines are sanitized first.
    public func banner(_ lines: [String]) -> String {
        let lines = lines.map(TerminalText.sanitizeLine)
        if isPlain {
            return ([""] + lines + [""]).joined(separator: "\n")
        }
        let innerWidth = (lines.map(DisplayWidth.of).max() ?? 0) + 6
        let horizontal = String(repeating: "─", count: innerWidth)
        let empty = "│" + String(repeating: " ", count: innerWidth) + "│"
        var box = ["┌" + horizontal + "┐", empty]
        for line in lines {
            let padding = String(repeating: " ", count: innerWidth - 6 - DisplayWidth.of(line))
            box.append("│   " + bold(line) + padding + "   │")
        }
        box += [empty, "└" + horizontal + "┘"]
        return box.joined(separator: "\n")
    }
}
