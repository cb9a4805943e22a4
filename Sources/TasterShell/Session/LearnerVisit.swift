import Foundation
import TasterEngine
import TasterLessons
import TasterStore
import TasterWording

/// One learner at the terminal, from the welcome to goodbye: new or returning, the lesson menu,
/// lessons, and carrying on where they stopped.
public struct LearnerVisit {
    private let context: ShellContext
    private let library: LessonLibrary
    private let store: any ProgressRecording
    private let inKiosk: Bool
    private let printer: VisitPrinter

    /// The word a volunteer types at the welcome question to leave kiosk mode.
    public static let leaveKioskWords = "leave kiosk"

    private let welcomeAlreadyShown: Bool
    private let leaveKioskCheck: ((String) -> Bool)?

    /// Creates a session; `store` is the progress file, or unsaved progress when it cannot be used.
    /// `welcomeAlreadyShown` is true when the caller showed ``showWelcome(in:)`` before loading
    /// lessons, so the learner sees something at once.
    /// `leaveKioskCheck` checks the volunteer passphrase before kiosk mode ends (nil: no check).
    public init(
        context: ShellContext, library: LessonLibrary, store: any ProgressRecording, inKiosk: Bool = false,
        welcomeAlreadyShown: Bool = false, leaveKioskCheck: ((String) -> Bool)? = nil
    ) {
        self.leaveKioskCheck = leaveKioskCheck
        self.context = context
        self.library = library
        self.store = store
        self.inKiosk = inKiosk
        self.welcomeAlreadyShown = welcomeAlreadyShown
        printer = VisitPrinter(context: context)
    }

    /// The first screen: a short welcome.
    public static func showWelcome(in context: ShellContext) {
        let printer = VisitPrinter(context: context)
        printer.gap()
        printer.say(context.style.bold("Welcome to Taster!"))
        printer.say("Short, friendly lessons on using the internet and managing money. Go at your own pace: you cannot break anything here.")
        context.speaker?.say("Welcome to Taster! Are you new here, or do you have a learner code?")
    }

    /// Runs the session until the learner leaves.
    public func run() -> SessionEnd {
        welcome()
        guard let identified = identify() else { return endWithoutLearner() }
        guard case .learner(let learner, let learnerStore, let inputEnded) = identified else { return .leaveKiosk }
        context.learnerPresent(true)
        defer { context.learnerPresent(false) }
        let saver = ProgressSaver(store: learnerStore, code: learner.code, sessionPin: context.sessionPin, clock: context.clock, catalogue: context.catalogue) {
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
        case found(Learner)
        /// The learner chose to go back to the welcome question.
        case back
        case endOfInput
    }

    private func welcome() {
        if !welcomeAlreadyShown { Self.showWelcome(in: context) }
        if let reason = store.unsavedReason {
            printer.gap()
            printer.say(context.style.warn(context.catalogue.words(for: reason, duringALesson: true)))
        }
    }

    /// Asks whether the learner is new or returning; nil when input ends.
    private func identify() -> Identified? {
        while true {
            printer.gap()
            printer.say("Are you new here, or have you been before?")
            context.write("  1) I'm new")
            context.write("  2) I have a learner code")
            context.reader.setCompletions { _ in ["new", "code"] }
            guard case .line(let line) = readLine("Type 1 or 2: ") else { return nil }
            let word = line.trimmingCharacters(in: .whitespaces).lowercased()
            if inKiosk, word == Self.leaveKioskWords {
                if volunteerConfirmsLeavingKiosk() { return .leaveKiosk }
                continue
            }
            if ["1", "new", "i'm new", "im new", "n"].contains(word) {
                return newLearner()
            }
            if let code = LearnerCode(line) {
                if let found = returning(code) { return .learner(found, store: store, inputEnded: false) }
                continue
            }
            if ["2", "code", "c", "i have a code", "i have a learner code"].contains(word) {
                switch askForCode() {
                case .found(let found): return .learner(found, store: store, inputEnded: false)
                case .back: continue
                // Ctrl-D leaves here as everywhere else, rather than asking the first question again.
                case .endOfInput: return nil
                }
            }
            if LearnerCommand.parse(word) == .quit { return nil }
            if LearnerCommand.parse(word) == .help {
                printer.say("Type 1 and press Enter if this is your first time here: taster will give you a code. If you came before and have your code written down, type 2 and press Enter. A volunteer can help at any time.")
                continue
            }
            printer.say("Please type 1 if you are new, or 2 if you have a learner code.")
        }
    }

    /// Asks for the volunteer passphrase before kiosk mode ends.
    private func volunteerConfirmsLeavingKiosk() -> Bool {
        guard let check = leaveKioskCheck else { return true }
        printer.say("Leaving kiosk mode is for volunteers. Type the volunteer passphrase (it will not show), or just press Enter to go back.")
        guard case .line(let passphrase) = context.reader.readSecret(prompt: "Volunteer passphrase: "), !passphrase.isEmpty else { return false }
        if check(passphrase) { return true }
        printer.say("That is not the volunteer passphrase, so taster stays in kiosk mode. (If no passphrase is set yet, a volunteer sets one with taster volunteer passphrase.)")
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
        } catch where error.allowsUnsavedFallback && store.isPersistent {
            printer.gap()
            printer.say(context.style.warn(context.catalogue.words(for: error, duringALesson: true)))
            let unsaved = UnsavedProgress.store(because: error, now: context.clock.now)
            guard let unsavedLearner = try? unsaved.newLearner(nickname: nil) else { return nil }
            learner = unsavedLearner
            learnerStore = unsaved
        } catch {
            printer.say(context.style.warn("Sorry, taster could not make a learner code just now: \(context.catalogue.words(for: error, duringALesson: true)) Please ask a volunteer."))
            return nil
        }
        printer.gap()
        printer.say("Welcome! Here is your learner code. It is how taster knows it is you next time, without your name or email.")
        printer.gap()
        context.write(context.style.banner(["Your learner code:", learner.code.rawValue]))
        printer.gap()
        if learnerStore.unsavedReason != nil {
            // Nothing will be kept, so the code cannot bring this learner back next time.
            printer.say(context.style.bold("Please keep it for today only:") + " progress cannot be saved on this computer just now, so next time you will be given a new code. A volunteer can tell you more.")
        } else {
            printer.say(context.style.bold("Please write it down now") + " and keep it safe. You will type it next time to carry on where you stopped.")
        }
        context.speaker?.say("Your learner code is " + learner.code.words.joined(separator: ", ") + ", \(learner.code.number). Please write it down now.")
        let pressed = readLine("Press Enter when you have written it down: ")
        return .learner(learner, store: learnerStore, inputEnded: pressed == .endOfInput)
    }

    private func askForCode() -> CodeEntry {
        printer.say("Type your learner code, for example maple-river-otter-42. Capital letters and spaces do not matter.")
        while true {
            guard case .line(let line) = readLine("Learner code: ") else { return .endOfInput }
            let word = line.trimmingCharacters(in: .whitespaces).lowercased()
            if word.isEmpty || word == "back" || word == "new" { return .back }
            // Leaving works here as at every other question, and is not counted as a wrong code.
            if LearnerCommand.parse(word) == .quit { return .endOfInput }
            do {
                let code = try LearnerCode.parse(line)
                if let learner = returning(code) { return .found(learner) }
            } catch {
                printer.say(context.catalogue.words(for: error))
            }
        }
    }

    /// Finds a returning learner; a kind word and a growing pause when the code is unknown.
    private func returning(_ code: LearnerCode) -> Learner? {
        if let learner = try? store.learner(code: code) {
            try? store.touch(code: code)
            return learner
        }
        // Counted per terminal, across learners, so leaving and starting again does not reset it.
        let wrongCodes = context.wrongCodes.addWrongCode(now: context.clock.now())
        printer.say("Sorry, taster cannot find the code \(code.rawValue). Please check it against your note and try again, or type new to start afresh.")
        if wrongCodes >= 3 {
            let seconds = min(30.0, pow(2.0, Double(wrongCodes - 2)))
            printer.say(context.style.dim("Please wait \(Int(seconds)) seconds before trying again."))
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
            printer.say("Welcome back! Last time you were on \(context.style.bold(TerminalText.sanitizeLine(lesson.title))), step \(stepIndex + 1) of \(lesson.steps.count).")
            if changed { printer.say("That lesson has been updated since, so it will start again from the beginning.") }
            printer.say("Would you like to carry on from there? Type yes or no.")
            switch YesNo.ask(context.reader, prompt: "Carry on? ") {
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
            let menu = LessonMenu(library: library, progress: saver.progress(), justFinished: justFinished)
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
            let menuInput = readLine("Type a lesson number, or quit to leave: ")
            context.reader.setResizeRedraw(nil)
            guard case .line(let line) = menuInput else {
                return context.terminationRequested() ? .terminated : .endOfInput
            }
            // Replies are printed under the question, where they are seen; the menu is shown
            // again only when asked for (Enter, menu or more) or after a lesson.
            let word = line.trimmingCharacters(in: .whitespaces).lowercased()
            let command = LearnerCommand.parse(word)
            if command == .quit { return .left }
            if word.isEmpty || command == .menu {
                page = 0
                showMenu = true
                continue
            }
            if ["more", "next", "next page", "page down"].contains(word) {
                page = (page + 1) % max(pages.count, 1)
                showMenu = true
                continue
            }
            if command == .volunteer {
                printer.sayHandRaised(saver.raiseHand())
                continue
            }
            if command == .help {
                printer.say("Type the number of a lesson and press Enter. Type more to see more lessons, or press Enter to see this list again. During a lesson, type help to see the words you can use. Type quit to leave.")
                continue
            }
            if command == .progress {
                printer.say(progressSummary(menu))
                continue
            }
            guard let lesson = menu.choose(line) else {
                printer.say("Please type one of the lesson numbers, from 1 to \(menu.lessons.count).")
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
        printer.say(context.style.bold(pages.count > 1 ? "Lessons (page \(page + 1) of \(pages.count))" : "Lessons"))
        pages[page].lines.forEach(context.write)
        printer.gap()
        if let next = menu.suggested, let number = menu.lessons.firstIndex(where: { $0.id == next.id }) {
            printer.say("Suggested next: \(number + 1)) \(TerminalText.sanitizeLine(next.title))")
        }
        if pages.count > 1 {
            let following = pages[(page + 1) % pages.count].numbers
            printer.say("Type more to see lessons \(following.lowerBound) to \(following.upperBound).")
        }
    }

    /// What `progress` says at the menu: lessons finished, and those left part-way.
    private func progressSummary(_ menu: LessonMenu) -> String {
        let done = menu.lessons.filter { menu.completed.contains($0.id) }.count
        var text = "You have finished \(done) of \(menu.lessons.count) lessons."
        let partWay = menu.lessons.enumerated().filter { menu.partWay[$0.element.id] != nil }
        for (index, lesson) in partWay {
            text += " You can carry on with \(index + 1)) \(TerminalText.sanitizeLine(lesson.title)) from step \(menu.startIndex(of: lesson) + 1) of \(lesson.steps.count)."
        }
        return text
    }

    /// Plays a lesson and, while the learner wants, the next ones; nil means back to the menu.
    private func playLessons(
        starting first: Lesson, at startIndex: Int, saver: ProgressSaver, justFinished: inout String?
    ) -> SessionEnd? {
        var lesson = first
        var index = startIndex
        let player = LessonPlayer(context: context, printer: printer, saver: saver)
        while true {
            switch player.play(lesson, from: index) {
            case .menu: return nil
            case .quit: return .left
            case .endOfInput: return context.terminationRequested() ? .terminated : .endOfInput
            case .completed:
                justFinished = lesson.id
                let menu = LessonMenu(library: library, progress: saver.progress(), justFinished: lesson.id)
                guard let next = menu.suggested, next.id != lesson.id else {
                    printer.say("You have finished every lesson. Amazing work!")
                    return nil
                }
                printer.gap()
                printer.say("Would you like to start the next lesson, \(context.style.bold(TerminalText.sanitizeLine(next.title)))? Type yes, or no to see all the lessons.")
                switch YesNo.ask(context.reader, prompt: "Next lesson? ") {
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

    /// The sentence that asks how confident the learner feels.
    static let confidenceQuestion =
        "How confident do you feel doing this on your own? Type a number from 1 (not at all) to 5 (very), or press Enter to skip."

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
        printer.say(moment == .before ? "Before you start, one quick question." : "Before you go, one quick question.")
        printer.say(Self.confidenceQuestion)
        context.reader.setCompletions { _ in [] }
        for attempt in 0..<2 {
            // Not added to history: the answer belongs to nobody.
            guard case .line(let line) = readLine("1 to 5, or Enter to skip: ", remembering: false) else { return false }
            let answer = line.trimmingCharacters(in: .whitespaces)
            if answer.isEmpty || answer.lowercased() == "skip" { return true }
            if let rating = Int(answer), (1...5).contains(rating) {
                saver.recordConfidence(rating, moment: moment, in: session)
                printer.say("Thank you.")
                return true
            }
            if attempt == 0 { printer.say("Please type a number from 1 to 5, or just press Enter to skip.") }
        }
        return true
    }

    private func goodbye(_ learner: Learner, saver: ProgressSaver, end: SessionEnd) {
        guard end != .terminated else { return }
        printer.gap()
        if end == .idle {
            printer.say("You have been away for a while, so taster has closed your session.")
        }
        printer.say(context.style.bold("Goodbye, and well done today!"))
        if saver.isSaving {
            printer.say("Your progress is saved. Next time, type your learner code to carry on:")
            context.write(context.style.banner([learner.code.rawValue]))
        } else {
            printer.say("This session was not saved, because taster cannot save progress on this computer.")
        }
        context.speaker?.say("Goodbye, and well done today!")
    }

    private func endWithoutLearner() -> SessionEnd {
        context.learnerPresent(false)
        if context.terminationRequested() { return .terminated }
        if context.idleExpired() { return .idle }
        printer.gap()
        printer.say("Goodbye! Come back any time.")
        context.reader.clearHistory()
        return .left
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
