/// How tall a certificate's list of lessons will print, estimated from the length of its text,
/// so that the certificate can choose a layout that fills one A4 page without running onto a
/// second. The figures are for the certificate's own type sizes and column widths (millimetres,
/// characters per line of DejaVu Sans), and err on the tall side; the Chromium tests check them.
struct CertificateFit {
    /// The height the list of lessons may take, in millimetres.
    static let room = 112.0

    /// One layout's type: characters per line and line height in millimetres.
    struct Typeface {
        var charactersPerLine: Int
        var lineHeight: Double

        /// The height of `text` set in this type.
        func height(_ text: String) -> Double {
            let lines = max(1, (text.count + charactersPerLine - 1) / charactersPerLine)
            return Double(lines) * lineHeight
        }
    }

    // One column of large type.
    static let fewTitle = Typeface(charactersPerLine: 48, lineHeight: 7.8)
    static let fewSummary = Typeface(charactersPerLine: 58, lineHeight: 6.7)
    static let fewDetails = Typeface(charactersPerLine: 78, lineHeight: 5.0)
    static let fewPadding = 18.0
    // Two columns of cards.
    static let someTitle = Typeface(charactersPerLine: 32, lineHeight: 5.0)
    static let someSummary = Typeface(charactersPerLine: 42, lineHeight: 4.4)
    static let someDetails = Typeface(charactersPerLine: 44, lineHeight: 3.9)
    static let somePadding = 8.0
    // Titles by area, in two or three columns.
    static let twoColumnTitle = Typeface(charactersPerLine: 38, lineHeight: 4.7)
    static let threeColumnTitle = Typeface(charactersPerLine: 29, lineHeight: 4.0)
    /// Space around a group's heading, and how much taller its bold type stands.
    static let areaHeadingSpace = 4.0
    static let areaHeadingScale = 1.15
    /// The line saying how many more lessons there are.
    static let moreLine = 7.5
    static let heading = 11.0

    /// The height of every lesson with its summary, one to a row.
    static func few(_ lessons: [LearnerCertificate.CompletedLesson], details: (LearnerCertificate.CompletedLesson) -> String) -> Double {
        heading + lessons.reduce(0) {
            $0 + fewTitle.height($1.title) + fewSummary.height($1.summary ?? "") + fewDetails.height(details($1)) + fewPadding
        }
    }

    /// The height of every lesson with its summary, two to a row.
    static func some(_ lessons: [LearnerCertificate.CompletedLesson], details: (LearnerCertificate.CompletedLesson) -> String) -> Double {
        let cards = lessons.map {
            someTitle.height($0.title) + someSummary.height($0.summary ?? "") + someDetails.height(details($0)) + somePadding
        }
        return heading + stride(from: 0, to: cards.count, by: 2).reduce(0) { total, index in
            total + max(cards[index], index + 1 < cards.count ? cards[index + 1] : 0) + 3
        }
    }

    /// The height of groups of titles (one group to a skills area, in order) spread over
    /// `columns` columns as a browser balances them: a group is never split, so the list is as
    /// tall as the shortest columns the groups can be dealt into in order.
    static func titles(_ groups: [(area: String, titles: [String])], columns: Int) -> Double {
        let type = columns == 2 ? twoColumnTitle : threeColumnTitle
        let heights = groups.map { group in
            areaHeadingSpace + type.height(group.area) * areaHeadingScale + group.titles.reduce(0) { $0 + type.height($1) }
        }
        func fits(_ height: Double) -> Bool {
            var used = 1
            var column = 0.0
            for group in heights {
                if column + group > height {
                    used += 1
                    column = 0
                }
                column += group
            }
            return used <= columns
        }
        var low = heights.max() ?? 0
        var high = max(low, heights.reduce(0, +))
        for _ in 0..<30 where high - low > 0.1 {
            let middle = (low + high) / 2
            if fits(middle) { high = middle } else { low = middle }
        }
        return heading + high + moreLine
    }
}
