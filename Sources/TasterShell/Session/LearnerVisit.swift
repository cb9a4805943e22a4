import Foundation
import TasterEngine
import TasterLessons
import TasterStore
import TasterWording

/// One learner at the terminal, from the welcome to goodbye: new or returning, the lesson menu,
/// lessons, and carrying on where they stopped.
public struct LearnerVisit {
    private var context: ShellContext
    /// The lessons as this learner sees them, in their language where translated.
    private var library: LessonLibrary
    /// The lessons as written, for the English beneath each step in bilingual mode.
    private let lessonsAsWritten: LessonLibrary
    private let store: any ProgressRecording
    private let inKiosk: Bool
    private var printer: VisitPrinter

    /// The words a volunteer types at the welcome question to leave kiosk mode, in English (as
    /// the kiosk command's help quotes them); a catalogue lists its own under `answers.leave-kiosk`.
    public static var leaveKioskWords: String { Catalogue.english.answers(.answersLeaveKiosk)[0] }

    private let welcomeAlreadyShown: Bool
    private let leaveKioskCheck: ((String) -> Bool)?
    /// The outbox and the way back to the library service's server, when the store is one.
    private let outbox: OutboxRoute?

    /// Creates a session; `store` is the progress file, or unsaved progress when it cannot be used.
    /// `welcomeAlreadyShown` is true when the caller showed ``showWelcome(in:)`` before loading
    /// lessons, so the learner sees something at once.
    /// `leaveKioskCheck` checks the volunteer passphrase before kiosk mode ends (nil: no check).
    public init(
        context: ShellContext, library: LessonLibrary, store: any ProgressRecording, inKiosk: Bool = false,
        welcomeAlreadyShown: Bool = false, leaveKioskCheck: ((String) -> Bool)? = nil, outbox: OutboxRoute? = nil
    ) {
        self.outbox = outbox
        self.leaveKioskCheck = leaveKioskCheck
        self.context = context
        self.lessonsAsWritten = library
        self.library = library.seen(in: context.catalogue.language)
        self.store = store
        self.inKiosk = inKiosk
        self.welcomeAlreadyShown = welcomeAlreadyShown
        printer = VisitPrinter(context: context)
    }

    /// The first screen: a short welcome.
    public static func showWelcome(in context: ShellContext) {
        let printer = VisitPrinter(context: context)
        printer.gap()
        let words = context.catalogue
        printer.say(context.style.bold(words.text(.visitWelcomeTitle)))
        printer.say(words.text(.visitWelcomeIntro))
        context.speaker?.say(words.text(.visitWelcomeSpoken))
    }

    /// Runs the session until the learner leaves.
    public func run() -> SessionEnd {
        // A new person: the usual language, whatever the last one chose.
        context.languageOnScreen.catalogue = context.catalogue
        welcome()
        guard let choice = chooseLanguage() else { return endWithoutLearner() }
        let visit = choice.catalogue.language == context.catalogue.language && choice.bilingual == context.bilingual
            ? self : speaking(choice.catalogue, bilingual: choice.bilingual)
        return visit.identifyAndTeach(languageChosen: choice.chosen)
    }

    /// A copy of this visit speaking `catalogue`: its words, its lessons and its voice.
    private func speaking(_ catalogue: Catalogue, bilingual: Bool) -> LearnerVisit {
        var visit = self
        visit.context.catalogue = catalogue
        visit.context.bilingual = bilingual && LanguageTag.primary(of: catalogue.language) != "en"
        visit.library = lessonsAsWritten.seen(in: catalogue.language)
        visit.printer = VisitPrinter(context: visit.context)
        context.speaker?.changeVoice(to: catalogue.text(.speechVoice))
        context.languageOnScreen.catalogue = catalogue
        return visit
    }

    /// What the learner answered at the language question.
    private struct LanguageAnswer {
        var catalogue: Catalogue
        var bilingual: Bool
        /// Whether they chose (rather than pressing Enter for the language already shown), so
        /// that the choice is kept with them and wins over one kept from an earlier visit.
        var chosen: Bool
    }

    /// Asks which language the learner would like, before anything else, when more than one
    /// is installed: each named in its own language, and each but English also with the English
    /// beneath. Enter keeps the language on the screen. Nil when input ends.
    private func chooseLanguage() -> LanguageAnswer? {
        let current = LanguageAnswer(catalogue: context.catalogue, bilingual: context.bilingual, chosen: false)
        let languages = context.languageChoices
        guard languages.count > 1 else { return current }
        var options: [(label: String, answer: LanguageAnswer)] = []
        for language in languages {
            options.append((language.text(.languageName), LanguageAnswer(catalogue: language, bilingual: false, chosen: true)))
        }
        for language in languages where LanguageTag.primary(of: language.language) != "en" {
            options.append((language.text(.languageBilingualOption, ["language": language.text(.languageName)]),
                            LanguageAnswer(catalogue: language, bilingual: true, chosen: true)))
        }
        printer.gap()
        // Asked in every language offered, so that a learner who cannot read the first one
        // still knows what is being asked.
        var asked: [String] = []
        for language in [context.catalogue] + languages where !asked.contains(language.text(.languageChooseAsk)) {
            asked.append(language.text(.languageChooseAsk))
        }
        asked.forEach(printer.say)
        for (index, option) in options.enumerated() {
            context.write("  \(index + 1)  " + TerminalText.sanitizeLine(option.label))
        }
        let names = options.map(\.label)
        context.reader.setCompletions { _ in names }
        let shown = context.catalogue.text(.languageName)
        while true {
            guard case .line(let line) = readLine(words(.languageChoosePrompt, ["language": shown]), remembering: false) else { return nil }
            let typed = line.trimmingCharacters(in: .whitespaces).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".)"))
            if typed.isEmpty { return current }
            if let number = Int(typed), options.indices.contains(number - 1) { return options[number - 1].answer }
            if let named = options.first(where: { $0.label.lowercased() == typed && !$0.answer.bilingual }) { return named.answer }
            if let tagged = languages.first(where: { LanguageTag.primary(of: $0.language) == typed }) {
                return LanguageAnswer(catalogue: tagged, bilingual: false, chosen: true)
            }
            // Leaving works in every language offered, as the question is asked in each.
            if ([context.catalogue] + languages).contains(where: { $0.commandWords.command(for: typed) == .quit }) { return nil }
            printer.say(words(.languageChooseAgain, ["language": shown]))
        }
    }

    /// Keeps the language the learner chose with them, or, when they did not choose this time,
    /// speaks the one they chose on an earlier visit.
    private func rememberLanguage(of learner: Learner, in store: any ProgressRecording, chosen: Bool) -> LearnerVisit {
        if chosen {
            try? store.setPreferredLanguage(code: learner.code, language: context.catalogue.language)
            return self
        }
        guard let kept = try? store.preferredLanguage(code: learner.code),
              LanguageTag.primary(of: kept) != LanguageTag.primary(of: context.catalogue.language),
              let catalogue = context.languageChoices.first(where: { LanguageTag.primary(of: $0.language) == LanguageTag.primary(of: kept) })
        else { return self }
        let visit = speaking(catalogue, bilingual: context.bilingual)
        visit.printer.gap()
        visit.printer.say(catalogue.text(.languageKeptFromLastTime, ["language": catalogue.text(.languageName)]))
        return visit
    }

    /// From "are you new?" to goodbye, in the language chosen.
    private func identifyAndTeach(languageChosen: Bool) -> SessionEnd {
        guard let identified = identify() else { return endWithoutLearner() }
        guard case .learner(let learner, let learnerStore, let inputEnded) = identified else { return .leaveKiosk }
        return rememberLanguage(of: learner, in: learnerStore, chosen: languageChosen)
            .teach(learner, store: learnerStore, inputEnded: inputEnded)
    }

    /// The lessons, the confidence questions and the goodbye, for a learner who has a code.
    private func teach(_ learner: Learner, store learnerStore: any ProgressRecording, inputEnded: Bool) -> SessionEnd {
        context.learnerPresent(true)
        defer { context.learnerPresent(false) }
        let saver = ProgressSaver(
            store: learnerStore, code: learner.code, sessionPin: context.sessionPin, clock: context.clock, catalogue: context.catalogue,
            outbox: outbox, toldAboutOutbox: keepsOutbox(learnerStore)
        ) {
            printer.say(context.style.warn($0))
        }
        saver.atMenu()
        var end: SessionEnd
        if !inputEnded, askConfidence(.before, saver: saver) {
            end = lessons(for: learner, saver: saver)
        } else {
            end = context.terminationRequested() ? .terminated : .endOfInput
        }
        if end == .endOfInput, context.idleExpired() { end = .idle }
        if end == .left { _ = askConfidence(.after, saver: saver) }
        saver.leave()
        goodbye(learner, saver: saver, end: end)
        context.reader.clearHistory()
        return end
    }

    private enum Identified {
        /// A learner, new or returning, and the store that holds them (unsaved progress when the
        /// progress file could not take a new learner); `inputEnded` when a new learner left
        /// (Ctrl-D) as their code was shown, so that the goodbye shows it once more.
        case learner(Learner, store: any ProgressRecording, inputEnded: Bool)
        case leaveKiosk
    }

    /// What came of asking for a learner code.
    private enum CodeEntry {
        case found(Learner, store: any ProgressRecording)
        /// The learner chose to go back to the welcome question.
        case back
        case endOfInput
    }

    private func welcome() {
        if !welcomeAlreadyShown { Self.showWelcome(in: context) }
        if keepsOutbox(store) {
            // Said once, here: the lesson carries on and what the learner does is kept.
            printer.gap()
            printer.say(context.style.warn(words(.saverOutboxKept)))
        } else if let reason = store.unsavedReason {
            printer.gap()
            printer.say(context.style.warn(context.catalogue.words(for: reason, duringALesson: true)))
        }
    }

    /// Asks whether the learner is new or returning; nil when input ends.
    private func identify() -> Identified? {
        while true {
            printer.gap()
            printer.say(words(.visitNewOrReturning))
            context.write("  " + words(.visitOptionNew))
            context.write("  " + words(.visitOptionCode))
            let completions = context.catalogue.answers(.answersWelcomeCompletions)
            context.reader.setCompletions { _ in completions }
            guard case .line(let line) = readLine(words(.visitNewOrReturningPrompt)) else { return nil }
            let word = line.trimmingCharacters(in: .whitespaces).lowercased()
            let chosen = context.catalogue.answer(word, among: inKiosk ? [.answersLeaveKiosk, .answersNew, .answersHaveCode] : [.answersNew, .answersHaveCode])
            if chosen == .answersLeaveKiosk {

                if volunteerConfirmsLeavingKiosk() { return .leaveKiosk }
                continue
            }
            if chosen == .answersNew {
                return newLearner()
            }
            if let code = LearnerCode(line) {
                if let found = returning(code) { return .learner(found.learner, store: found.store, inputEnded: false) }
                continue
            }
            if chosen == .answersHaveCode {
                switch askForCode() {
                case .found(let found, let foundIn): return .learner(found, store: foundIn, inputEnded: false)
                case .back: continue
                // Ctrl-D leaves here as everywhere else, rather than asking the first question again.
                case .endOfInput: return nil
                }
            }
            let command = context.catalogue.commandWords.command(for: word)
            if command == .quit { return nil }
            if command == .help {
                printer.say(words(.visitNewOrReturningHelp))
                continue
            }
            printer.say(words(.visitNewOrReturningAgain))
        }
    }

    /// Asks for the volunteer passphrase before kiosk mode ends.
    private func volunteerConfirmsLeavingKiosk() -> Bool {
        guard let check = leaveKioskCheck else { return true }
        printer.say(words(.kioskLeaveAsk))
        guard case .line(let passphrase) = context.reader.readSecret(prompt: words(.kioskPassphrasePrompt)), !passphrase.isEmpty else { return false }
        if check(passphrase) { return true }
        printer.say(words(.kioskLeaveRefused))
        context.pause(2)
        return false
    }

    /// Makes a learner code and shows it; nil when no code could be made. When the progress
    /// file opened but cannot take the new learner (the disk filled up, say), the learner carries
    /// on with unsaved progress, as when the file cannot be opened at all.
    private func newLearner() -> Identified? {
        // From here a code is on the screen: a learner who walks away is timed out.
        context.learnerPresent(true)
        var learnerStore = store
        let learner: Learner
        do {
            learner = try store.newLearner(nickname: nil)
            if keepsOutbox(store) { _ = outbox?.keep([.learnerArrived], code: learner.code, at: context.clock.now()) }
        } catch where outbox != nil && OutboxRoute.keepsInOutbox(error) && store.isPersistent {
            // The server stopped answering since the welcome: the code is made here and the
            // learner's arrival waits in the outbox with what they do.
            printer.gap()
            printer.say(context.style.warn(words(.saverOutboxKept)))
            let unsaved = UnsavedProgress.store(because: error, now: context.clock.now)
            guard let unsavedLearner = try? unsaved.newLearner(nickname: nil) else { return nil }
            _ = outbox?.keep([.learnerArrived], code: unsavedLearner.code, at: context.clock.now())
            learner = unsavedLearner
            learnerStore = unsaved
        } catch where error.allowsUnsavedFallback && store.isPersistent {
            printer.gap()
            printer.say(context.style.warn(context.catalogue.words(for: error, duringALesson: true)))
            let unsaved = UnsavedProgress.store(because: error, now: context.clock.now)
            guard let unsavedLearner = try? unsaved.newLearner(nickname: nil) else { return nil }
            learner = unsavedLearner
            learnerStore = unsaved
        } catch {
            printer.say(context.style.warn(words(.visitCodeNotMade, ["reason": context.catalogue.words(for: error, duringALesson: true)])))
            return nil
        }
        printer.gap()
        printer.say(words(.visitCodeIntro))
        printer.gap()
        context.write(context.style.banner([words(.visitCodeBannerLabel), learner.code.rawValue]))
        printer.gap()
        let bold = context.style.bold
        if learnerStore.unsavedReason != nil && !keepsOutbox(learnerStore) {
            // Nothing will be kept, so the code cannot bring this learner back next time.
            printer.say(context.catalogue.text(.visitCodeKeepToday, emphasis: bold))
        } else {
            printer.say(context.catalogue.text(.visitCodeWriteDown, emphasis: bold))
        }
        context.speaker?.say(words(.visitCodeSpoken, ["words": learner.code.words.joined(separator: ", "), "number": "\(learner.code.number)"]))
        let pressed = readLine(words(.visitCodeWrittenPrompt))
        return .learner(learner, store: learnerStore, inputEnded: pressed == .endOfInput)
    }

    private func askForCode() -> CodeEntry {
        printer.say(words(.visitCodeAsk))
        while true {
            guard case .line(let line) = readLine(words(.visitCodePrompt)) else { return .endOfInput }
            let word = line.trimmingCharacters(in: .whitespaces).lowercased()
            if word.isEmpty || context.catalogue.isAnswer(word, .answersBackFromCode) { return .back }
            // Leaving works here as at every other question, and is not counted as a wrong code.
            if context.catalogue.commandWords.command(for: word) == .quit { return .endOfInput }
            do {
                let code = try LearnerCode.parse(line)
                if let found = returning(code) { return .found(found.learner, store: found.store) }
            } catch {
                printer.say(context.catalogue.words(for: error))
            }
        }
    }

    /// Whether `store` stands in for a library service's server that cannot be reached, with
    /// an outbox keeping what the learner does.
    private func keepsOutbox(_ store: any ProgressRecording) -> Bool {
        outbox != nil && store.unsavedReason.map(OutboxRoute.keepsInOutbox) == true
    }

    /// A returning learner whose record is on a server that cannot be reached: told plainly that
    /// their earlier progress cannot be fetched, never that they are new, and kept under the
    /// code they typed, in memory and in the outbox.
    private func arrivingWhileServerIsAway(_ code: LearnerCode, because reason: StoreError) -> (learner: Learner, store: any ProgressRecording) {
        let now = context.clock.now()
        let learner = Learner(code: code, nickname: nil, createdAt: now, lastActiveAt: now)
        let away = keepsOutbox(store) ? store : UnsavedProgress.store(because: reason, now: context.clock.now)
        (away as? MemoryProgressStore)?.adopt(LearnerProgress(learner: learner, lessons: []))
        _ = outbox?.keep([.learnerArrived], code: code, at: now)
        printer.gap()
        printer.say(context.style.warn(words(.visitEarlierProgressUnavailable)))
        return (learner, away)
    }

    /// Finds a returning learner; a kind word and a growing pause when the code is unknown.
    private func returning(_ code: LearnerCode) -> (learner: Learner, store: any ProgressRecording)? {
        if keepsOutbox(store), let reason = store.unsavedReason {
            return arrivingWhileServerIsAway(code, because: reason)
        }
        do {
            if let learner = try store.learner(code: code) {
                try? store.touch(code: code)
                return (learner, store)
            }
        } catch where outbox != nil && OutboxRoute.keepsInOutbox(error) {
            return arrivingWhileServerIsAway(code, because: error)
        } catch {}
        // Counted per terminal, across learners, so leaving and starting again does not reset it.
        let wrongCodes = context.wrongCodes.addWrongCode(now: context.clock.now())
        printer.say(words(.visitCodeUnknown, ["code": code.rawValue]))
        if wrongCodes >= 3 {
            let seconds = min(30.0, pow(2.0, Double(wrongCodes - 2)))
            printer.say(context.style.dim(context.catalogue.text(one: .visitCodeWaitOne, other: .visitCodeWaitOther, count: Int(seconds), ["seconds": "\(Int(seconds))"])))
            context.quietPause(seconds)
        }
        return nil
    }

    /// The menu and lessons, until the learner leaves.
    private func lessons(for learner: Learner, saver: ProgressSaver) -> SessionEnd {
        if let progress = saver.progress(), let last = progress.lessonToContinue, let lesson = library.lesson(id: last.lessonID) {
            printer.gap()
            let changed = last.contentChanged(currentVersion: lesson.contentVersion)
            let stepIndex = changed ? 0 : min(last.resumeStepIndex, lesson.steps.count - 1)
            printer.say(words(.visitWelcomeBack, [
                "title": context.style.bold(TerminalText.sanitizeLine(lesson.title)), "step": "\(stepIndex + 1)", "steps": "\(lesson.steps.count)",
            ]))
            if changed { printer.say(words(.visitLessonUpdated)) }
            printer.say(words(.visitCarryOnAsk))
            switch YesNo.ask(context.reader, prompt: words(.visitCarryOnPrompt), catalogue: context.catalogue) {
            case true?:
                var finished: String?
                if let end = playLessons(starting: lesson, at: stepIndex, saver: saver, justFinished: &finished) { return end }
            case false?:
                break
            case nil:
                return context.terminationRequested() ? .terminated : .endOfInput
            }
        }
        var page = 0
        var showMenu = true
        var justFinished: String?
        while true {
            saver.atMenu()
            let menu = LessonMenu(library: library, progress: saver.progress(), justFinished: justFinished, catalogue: context.catalogue)
            // Room for the heading, the suggestion, the paging line, the prompt and one reply.
            let width = context.width()
            let pages = menu.pages(style: context.style, width: width, rows: max(4, context.rows() - (width < 60 ? 10 : 8)))
            page = min(page, pages.count - 1)
            if showMenu {
                showMenuPage(menu, pages: pages, page: page)
                showMenu = false
            }
            context.reader.setCompletions { _ in menu.completionWords }
            // A resize shows this page again, cut to the new size.
            context.reader.setResizeRedraw { [page] in
                _ = context.takeResizeNotice()
                let width = context.width()
                let pages = menu.pages(style: context.style, width: width, rows: max(4, context.rows() - (width < 60 ? 10 : 8)))
                showMenuPage(menu, pages: pages, page: min(page, pages.count - 1))
            }
            let menuInput = readLine(words(.menuPrompt))
            context.reader.setResizeRedraw(nil)
            guard case .line(let line) = menuInput else {
                return context.terminationRequested() ? .terminated : .endOfInput
            }
            // Replies are printed under the question, where they are seen; the menu is shown
            // again only when asked for (Enter, menu or more) or after a lesson.
            let word = line.trimmingCharacters(in: .whitespaces).lowercased()
            let command = context.catalogue.commandWords.command(for: word)
            if command == .quit { return .left }
            if word.isEmpty || command == .menu {
                page = 0
                showMenu = true
                continue
            }
            if context.catalogue.isAnswer(word, .answersMore) {
                page = (page + 1) % max(pages.count, 1)
                showMenu = true
                continue
            }
            if command == .volunteer {
                printer.sayHandRaised(saver.raiseHand())
                continue
            }
            if command == .help {
                printer.say(words(.menuHelp))
                continue
            }
            if command == .progress {
                printer.say(progressSummary(menu))
                continue
            }
            guard let lesson = menu.choose(line) else {
                printer.say(words(.menuNotALesson, ["count": "\(menu.lessons.count)"]))
                continue
            }
            showMenu = true
            page = 0
            if let end = playLessons(starting: lesson, at: menu.startIndex(of: lesson), saver: saver, justFinished: &justFinished) {
                return end
            }
        }
    }

    /// Shows one page of the menu, the suggestion, and how to see the other pages.
    private func showMenuPage(_ menu: LessonMenu, pages: [LessonMenu.Page], page: Int) {
        printer.gap()
        printer.say(context.style.bold(pages.count > 1 ? words(.menuHeadingPaged, ["page": "\(page + 1)", "pages": "\(pages.count)"]) : words(.menuHeading)))
        pages[page].lines.forEach(context.write)
        printer.gap()
        if let next = menu.suggested, let number = menu.lessons.firstIndex(where: { $0.id == next.id }) {
            printer.say(words(.menuSuggested, ["number": "\(number + 1)", "title": TerminalText.sanitizeLine(next.title)]))
        }
        if pages.count > 1 {
            let following = pages[(page + 1) % pages.count].numbers
            printer.say(words(.menuMorePages, ["from": "\(following.lowerBound)", "to": "\(following.upperBound)"]))
        }
    }

    /// What `progress` says at the menu: lessons finished, and those left part-way.
    private func progressSummary(_ menu: LessonMenu) -> String {
        let done = menu.lessons.filter { menu.completed.contains($0.id) }.count
        var sentences = [context.catalogue.text(one: .menuProgressOne, other: .menuProgressOther, count: menu.lessons.count, ["done": "\(done)", "total": "\(menu.lessons.count)"])]
        let partWay = menu.lessons.enumerated().filter { menu.partWay[$0.element.id] != nil }
        for (index, lesson) in partWay {
            sentences.append(words(.menuProgressPartWay, [
                "number": "\(index + 1)", "title": TerminalText.sanitizeLine(lesson.title),
                "step": "\(menu.startIndex(of: lesson) + 1)", "steps": "\(lesson.steps.count)",
            ]))
        }
        return sentences.joined(separator: " ")
    }

    /// Plays a lesson and, while the learner wants, the next ones; nil means back to the menu.
    private func playLessons(
        starting first: Lesson, at startIndex: Int, saver: ProgressSaver, justFinished: inout String?
    ) -> SessionEnd? {
        var lesson = first
        var index = startIndex
        while true {
            if library.notInLanguage.contains(lesson.id) {
                printer.gap()
                printer.say(context.style.dim(words(.languageLessonInEnglish)))
            }
            var lessonPrinter = printer
            if context.bilingual, !library.notInLanguage.contains(lesson.id) {
                lessonPrinter.stepsAsWritten = lessonsAsWritten.lesson(id: lesson.id)?.steps
            }
            let player = LessonPlayer(context: context, printer: lessonPrinter, saver: saver)
            switch player.play(lesson, from: index) {
            case .menu: return nil
            case .quit: return .left
            case .endOfInput: return context.terminationRequested() ? .terminated : .endOfInput
            case .completed:
                justFinished = lesson.id
                let menu = LessonMenu(library: library, progress: saver.progress(), justFinished: lesson.id, catalogue: context.catalogue)
                guard let next = menu.suggested, next.id != lesson.id else {
                    printer.say(words(.visitAllFinished))
                    return nil
                }
                printer.gap()
                printer.say(words(.visitNextLessonAsk, ["title": context.style.bold(TerminalText.sanitizeLine(next.title))]))
                switch YesNo.ask(context.reader, prompt: words(.visitNextLessonPrompt), catalogue: context.catalogue) {
                case true?:
                    lesson = next
                    index = 0
                case false?:
                    return nil
                case nil:
                    return context.terminationRequested() ? .terminated : .endOfInput
                }
            }
        }
    }


    /// Asks how confident the learner feels, once per session at each moment; skipping is
    /// always fine. The start question needs an open session; the leaving one is also asked of
    /// someone still here after their session ended, for that session.
    /// The answer is stored for the session only, with nothing that says who gave it. Returns
    /// false only when input ended.
    private func askConfidence(_ moment: ConfidenceMoment, saver: ProgressSaver) -> Bool {
        let asked: TasterSession?
        switch moment {
        case .before: asked = saver.currentSession().flatMap { saver.claimConfidenceQuestion(.before) ? $0 : nil }
        case .after: asked = saver.claimLeavingQuestion()
        }
        guard let session = asked else { return true }
        printer.gap()
        printer.say(words(moment == .before ? .confidenceBefore : .confidenceAfter))
        printer.say(words(.confidenceQuestion))
        context.reader.setCompletions { _ in [] }
        for attempt in 0..<2 {
            // Not added to history: the answer belongs to nobody.
            guard case .line(let line) = readLine(words(.confidencePrompt), remembering: false) else { return false }
            let answer = line.trimmingCharacters(in: .whitespaces)
            if answer.isEmpty || context.catalogue.isAnswer(answer, .answersSkip) { return true }
            if let rating = Int(answer), (1...5).contains(rating) {
                saver.recordConfidence(rating, moment: moment, in: session)
                printer.say(words(.confidenceThanks))
                return true
            }
            if attempt == 0 { printer.say(words(.confidenceAgain)) }
        }
        return true
    }

    private func goodbye(_ learner: Learner, saver: ProgressSaver, end: SessionEnd) {
        guard end != .terminated else { return }
        printer.gap()
        if end == .idle {
            printer.say(words(.goodbyeIdle))
        }
        printer.say(context.style.bold(words(.goodbyeWellDone)))
        if saver.isSaving {
            // Kept on this computer is not yet saved on the server: say which.
            printer.say(words(saver.isWaitingForServer ? .goodbyeKeptForServer : .goodbyeSaved))
            context.write(context.style.banner([learner.code.rawValue]))
        } else {
            printer.say(words(.goodbyeNotSaved))
        }
        context.speaker?.say(words(.goodbyeWellDone))
    }

    private func endWithoutLearner() -> SessionEnd {
        context.learnerPresent(false)
        if context.terminationRequested() { return .terminated }
        if context.idleExpired() { return .idle }
        printer.gap()
        printer.say(words(.goodbyeNoLearner))
        context.reader.clearHistory()
        return .left
    }

    /// The learner's words for `key`, from the context's catalogue.
    private func words(_ key: WordKey, _ values: [String: String] = [:]) -> String {
        context.catalogue.text(key, values)
    }

    /// Reads a line, adding it to the line history when `remembering`.

    private func readLine(_ prompt: String, remembering: Bool = true) -> LineInput {
        var input = context.reader.readLine(prompt: prompt)
        // Ctrl-C (to many learners, "copy") clears the line, as in a lesson; it never ends the session.
        while input == .interrupted { input = context.reader.readLine(prompt: prompt) }
        if remembering, case .line(let line) = input, !line.isEmpty { context.reader.addToHistory(line) }
        return input
    }
}
