import TasterWording

/// The impact report's words: the lookups its renderers share, so each sentence is in the
/// catalogue once and reads the same in every format.
extension Catalogue {
    /// "1 session", "3 learners" and so on, with the right form for the count.
    func reportCount(_ count: Int, one: WordKey, other: WordKey) -> String {
        text(count == 1 ? one : other, ["count": "\(count)"])
    }

    /// The report's first line (and the HTML page's title), with the library when named.
    func reportTitle(_ report: ImpactReport) -> String {
        if let library = report.libraryName { return text(.reportTitleWithLibrary, ["library": library, "period": report.period]) }
        return text(.reportTitle, ["period": report.period])
    }

    /// A period in words, such as "1 November 2026 to 30 November 2026" or "all time".
    public func words(for period: ReportPeriod) -> String {
        switch (period.since, period.until) {
        case (nil, nil): text(.reportPeriodAllTime)
        case (let since?, nil): text(.reportPeriodFrom, ["since": ReportDates.long(since)])
        case (nil, let until?): text(.reportPeriodUpTo, ["until": ReportDates.long(until)])
        case (let since?, let until?): text(.reportPeriodBetween, ["since": ReportDates.long(since), "until": ReportDates.long(until)])
        }
    }

    /// What is wrong with a report's dates and how to put it right.
    public func words(for error: ReportPeriodError) -> String {
        switch error {
        case .notADate(let option, let typed): text(.reportPeriodNotADate, ["option": option, "text": typed])
        case .endsBeforeItStarts(let since, let until): text(.reportPeriodEndsBeforeStart, ["since": since.description, "until": until.description])
        }
    }

    /// The average change with what it compares, such as "+1.50, for the 2 learners who
    /// answered both"; "not enough answers" when there is none.
    func reportChange(_ report: ImpactReport) -> String {
        guard let change = report.averageChange, let basis = report.averageChangeBasis else { return text(.reportNotEnoughAnswers) }
        let signed = ImpactReport.twoDecimals(change, signed: true, words: self)
        switch basis {
        case .samePeople:
            return text(.reportChangeSamePeople, ["change": signed, "people": reportCount(report.confidenceSamePeople.people, one: .reportLearnersOne, other: .reportLearnersOther)])
        case .everyone:
            return text(.reportChangeEveryone, ["change": signed])
        }
    }

    /// How to read the confidence figures: the scale, and whom the change compares (and how many).
    func reportConfidenceNotes(_ report: ImpactReport) -> [String] {
        var notes = [text(.reportConfidenceScale)]
        switch report.averageChangeBasis {
        case .samePeople?:
            notes.append(text(.reportConfidenceBasisSamePeople, ["people": reportCount(report.confidenceSamePeople.people, one: .reportLearnersOne, other: .reportLearnersOther)]))
        case .everyone?:
            notes.append(text(.reportConfidenceBasisEveryone))
        case nil:
            break
        }
        return notes
    }

    /// What each figure means, written under the figures in every format.
    var reportDefinitions: [String] {
        [.reportMeaningLearners, .reportMeaningLessonsStarted, .reportMeaningHints, .reportMeaningConfidence, .reportMeaningChange, .reportMeaningRounding]
            .map { text($0) }
    }

    /// The definitions with the short name the CSV files each under.
    var reportDefinitionsForCSV: [(item: String, text: String)] {
        zip([WordKey.reportCSVNoteLearners, .reportCSVNoteLessonsStarted, .reportCSVNoteHints, .reportCSVNoteConfidence, .reportCSVNoteChange, .reportCSVNoteRounding].map { text($0) },
            reportDefinitions).map { (item: $0, text: $1) }
    }

    /// Said where sessions are summed by month, in every format.
    var reportMonthsNote: String {
        text(.reportMonthsNote, ["days": "\(ImpactReport.longestListedPeriodDays)"])
    }
}
