/// Realistic lesson files for benchmarks: twenty steps of every kind, plain and neutral.
enum GeneratedLesson {
    /// The text of lesson number `number`.
    static func text(number: Int) -> String {
        var lines = [
            "id: generated-\(number)",
            "title: Generated lesson \(number)",
            "summary: Practise reading, choosing and typing answers.",
            "area: foundation",
            "minutes: 15",
            "reviewed: 2026-11-01",
            "steps:",
        ]
        for step in 0..<20 {
            switch step % 7 {
            case 0:
                lines += ["  - kind: say", "    id: read-\(step)", "    text: |", "      This step explains one small idea in plain words.", "",
                          "      - first point to remember", "      - a **second** point", "    note: Point at the screen if the learner looks unsure."]
            case 1:
                lines += ["  - kind: choice", "    text: Which of these keeps your money safe?", "    options:",
                          "      - text: Never share your PIN.", "        correct: true", "        feedback: Yes. Keep it to yourself.",
                          "      - text: Tell the caller your PIN.", "        feedback: Not quite. A bank never asks for your PIN.",
                          "      - text: Write it on the card.", "        feedback: Not quite. Anyone who finds the card could use it.",
                          "    hints: [Think about who should know it., Nobody else should know it.]", "    explain: Your PIN is yours alone."]
            case 2:
                lines += ["  - kind: answer", "    text: What do we call a file sent with an email?", "    accept: [attachment, an attachment]",
                          "    wrong:", "      - answer: subject", "        feedback: The subject is the title line of an email.",
                          "    hints: [It is attached to the email., It starts with att.]"]
            case 3:
                lines += ["  - kind: number", "    text: Sam earns 1200 pounds and spends 950 pounds. How much is left?", "    value: 250",
                          "    unit: pounds", "    wrong:", "      - value: 2150", "        feedback: That adds them together. Take one away.",
                          "    hints: [Take away., 1200 take away 950.]"]
            case 4:
                lines += ["  - kind: type", "    text: Type this web address.", "    target: www.example.org", "    hints: [Copy it letter by letter., It ends in example.org.]"]
            case 5:
                lines += ["  - kind: secret", "    text: Make up a passphrase of three random words. Please do not type a password you really use.", "    hints: [Three words that do not go together., Put a space between them.]"]
            default:
                lines += ["  - kind: order", "    text: Put these in order to send an email.", "    items: [Write the address, Write the subject, Press Send]",
                          "    hints: [What goes first?, The address.]"]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
