/// A unified-diff-like comparison of two texts by lines, for golden transcript failures.
enum TranscriptDiff {
    /// The differences between `expected` and `actual` as hunks with `context` lines around
    /// each change ("-" expected only, "+" actual only), or nil when they are the same.
    static func describe(expected: String, actual: String, context: Int = 3) -> String? {
        guard expected != actual else { return nil }
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        let edits = lineEdits(old, new)
        var changedAt: [Int] = []
        for (index, edit) in edits.enumerated() where edit.kind != " " { changedAt.append(index) }
        guard !changedAt.isEmpty else {
            return "The texts differ only in invisible characters or line endings."
        }
        // Group changes that are close together into hunks.
        var hunks: [ClosedRange<Int>] = []
        for index in changedAt {
            let range = max(0, index - context)...min(edits.count - 1, index + context)
            if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                hunks.append(range)
            }
        }
        var lines = ["--- expected", "+++ actual"]
        for hunk in hunks {
            let slice = edits[hunk]
            let oldStart = (slice.first { $0.oldLine != nil }?.oldLine ?? 0) + 1
            let newStart = (slice.first { $0.newLine != nil }?.newLine ?? 0) + 1
            let oldCount = slice.filter { $0.oldLine != nil }.count
            let newCount = slice.filter { $0.newLine != nil }.count
            lines.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
            lines += slice.map { "\($0.kind)\($0.text)" }
        }
        return lines.joined(separator: "\n")
    }

    private struct Edit {
        var kind: Character
        var text: String
        var oldLine: Int?
        var newLine: Int?
    }

    /// A shortest edit script from a longest common subsequence table (transcripts are short).
    private static func lineEdits(_ old: [String], _ new: [String]) -> [Edit] {
        let rows = old.count, columns = new.count
        var common = [[Int]](repeating: [Int](repeating: 0, count: columns + 1), count: rows + 1)
        for row in stride(from: rows - 1, through: 0, by: -1) {
            for column in stride(from: columns - 1, through: 0, by: -1) {
                common[row][column] = old[row] == new[column]
                    ? common[row + 1][column + 1] + 1
                    : max(common[row + 1][column], common[row][column + 1])
            }
        }
        var edits: [Edit] = []
        var row = 0, column = 0
        while row < rows || column < columns {
            if row < rows, column < columns, old[row] == new[column] {
                edits.append(Edit(kind: " ", text: old[row], oldLine: row, newLine: column))
                row += 1
                column += 1
            } else if row < rows, column == columns || common[row + 1][column] >= common[row][column + 1] {
                edits.append(Edit(kind: "-", text: old[row], oldLine: row, newLine: nil))
                row += 1
            } else {
                edits.append(Edit(kind: "+", text: new[column], oldLine: nil, newLine: column))
                column += 1
            }
        }
        return edits
    }
}
