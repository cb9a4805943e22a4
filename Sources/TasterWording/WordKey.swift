/// The name of one sentence (or phrase) in the catalogue. Its text, in each language, is in that
/// language's table (``EnglishWords``); `{name}` in the text is filled from the values the
/// caller gives.
public enum WordKey: String, CaseIterable, Sendable {
    // MARK: The progress store, as a learner (mid-lesson) or a volunteer hears it

    case storeCarryOn = "store.carry-on"
    case storeNothingChanged = "store.nothing-changed"
    case storeFolderCannotBeCreatedLearner = "store.folder-cannot-be-created.learner"
    case storeFolderCannotBeCreatedVolunteer = "store.folder-cannot-be-created.volunteer"
    case storeFolderNotWritableLearner = "store.folder-not-writable.learner"
    case storeFolderNotWritableVolunteer = "store.folder-not-writable.volunteer"
    case storeReadOnlyFileLearner = "store.read-only-file.learner"
    case storeReadOnlyFileVolunteer = "store.read-only-file.volunteer"
    case storeDiskFullLearner = "store.disk-full.learner"
    case storeDiskFullVolunteer = "store.disk-full.volunteer"
    case storeCorruptFileLearner = "store.corrupt-file.learner"
    case storeCorruptFileVolunteer = "store.corrupt-file.volunteer"
    case storeNewerVersion = "store.newer-version"
    case storeBusyLearner = "store.busy.learner"
    case storeBusyVolunteer = "store.busy.volunteer"
    case storeUnknownLearnerLearner = "store.unknown-learner.learner"
    case storeUnknownLearnerVolunteer = "store.unknown-learner.volunteer"
    case storeUntrustedLearner = "store.untrusted.learner"
    case storeUntrustedVolunteer = "store.untrusted.volunteer"
    case storeUnexpectedLearner = "store.unexpected.learner"
    case storeUnexpectedVolunteer = "store.unexpected.volunteer"
    case storeServerUnreachableLearner = "store.server-unreachable.learner"
    case storeServerUnreachableVolunteer = "store.server-unreachable.volunteer"
    case storeServerRefusedLogInLearner = "store.server-refused-log-in.learner"
    case storeServerRefusedLogInVolunteer = "store.server-refused-log-in.volunteer"
    case storeServerTooOld = "store.server-too-old"
    case storeServerNewerSchema = "store.server-newer-schema"
    case storeServerFailedLearner = "store.server-failed.learner"
    case storeServerFailedVolunteer = "store.server-failed.volunteer"

    // MARK: Choosing the store

    case storePasswordOnCommandLine = "store-choice.password-on-command-line"
    case storePasswordInAddress = "store-choice.password-in-address"
    case storeAddressNotUnderstood = "store-choice.not-understood"
    case storeServiceNeedsBranch = "store-choice.service-needs-branch"

    // MARK: Volunteers' sessions

    case sessionAlreadyOpen = "session.already-open"
    case sessionNoneOpen = "session.none-open"
    case sessionEmptyName = "session.empty-name"
    case sessionNameTooLong = "session.name-too-long"
    case sessionPinNotOpen = "session.pin-not-open"

    // MARK: Learner codes

    case codeExample = "code.example"
    case codeEmpty = "code.empty"
    case codeWrongShape = "code.wrong-shape"
    case codeUnknownWord = "code.unknown-word"
    case codeBadNumber = "code.bad-number"

    // MARK: Why the live view marks a learner as needing help

    case helpReasonHandRaised = "help-reason.hand-raised"
    case helpReasonWrongAttempts = "help-reason.wrong-attempts"
    case helpReasonIdle = "help-reason.idle"

    // MARK: What the lesson engine's events say to the learner

    case eventCorrect = "event.correct"
    case eventCorrectDefaultFeedback = "event.correct.default-feedback"
    case eventExactSpelling = "event.exact-spelling"
    case eventHintNudge = "event.hint-nudge"
    case eventHintWord = "event.hint-word"
    case eventHint = "event.hint"
    case eventSolutionThen = "event.solution-then"
    case eventProgress = "event.progress"
    case eventSkipped = "event.skipped"
    case eventSkippedSolution = "event.skipped.solution"
    case eventLessonCompleted = "event.lesson-completed"
    case eventWhatYouLearned = "event.what-you-learned"
    case eventHelpIntro = "event.help.intro"
    case eventHelpCommand = "event.help.command"
    case eventHelpAnswerWins = "event.help.answer-wins"
    case commandPurposeHelp = "command-purpose.help"
    case commandPurposeHint = "command-purpose.hint"
    case commandPurposeVolunteer = "command-purpose.volunteer"
    case commandPurposeBack = "command-purpose.back"
    case commandPurposeSkip = "command-purpose.skip"
    case commandPurposeRepeat = "command-purpose.repeat"
    case commandPurposeMenu = "command-purpose.menu"
    case commandPurposeProgress = "command-purpose.progress"
    case commandPurposeQuit = "command-purpose.quit"
    case noticeNoHintsHere = "notice.no-hints-here"
    case noticeAllHintsShown = "notice.all-hints-shown"
    case noticeAtFirstStep = "notice.at-first-step"
    case noticeEmptyAnswer = "notice.empty-answer"
    case noticeHandRaised = "notice.hand-raised"
    case noticeHandRaisedNoSession = "notice.hand-raised.no-session"
    case noticeHandRaisedUnreachable = "notice.hand-raised.unreachable"

    // MARK: What to type at each kind of step

    case promptSay = "prompt.say"
    case promptChoiceOne = "prompt.choice.one"
    case promptChoiceSeveral = "prompt.choice.several"
    case promptAnswer = "prompt.answer"
    case promptNumberPounds = "prompt.number.pounds"
    case promptNumberPercent = "prompt.number.percent"
    case promptNumberPlain = "prompt.number.plain"
    case promptTypeExactly = "prompt.type-exactly"
    case promptSecret = "prompt.secret"
    case promptOrder = "prompt.order"
    case promptOption = "prompt.option"

    // MARK: A typing mismatch

    case mismatchCaretHeading = "mismatch.caret.heading"
    case mismatchCaretShouldBe = "mismatch.caret.should-be"
    case mismatchYouTyped = "mismatch.you-typed"
    case mismatchTypedLong = "mismatch.typed-long"
    case mismatchWordsHeading = "mismatch.words.heading"
    case mismatchWordsShouldBe = "mismatch.words.should-be"
    case mismatchStopsBefore = "mismatch.stops-before"
    case mismatchGoesOn = "mismatch.goes-on"
    case mismatchAt = "mismatch.at"
    case mismatchPlace = "mismatch.place"
    case mismatchMore = "mismatch.more"
    case characterSpace = "character.space"
    case characterFullStop = "character.full-stop"
    case characterComma = "character.comma"
    case characterQuoted = "character.quoted"

    // MARK: The volunteer's notes in a preview

    case previewForVolunteer = "preview.for-volunteer"
    case previewNote = "preview.note"
    case previewAnswer = "preview.answer"
    case previewAnswerTyped = "preview.answer-typed"
    case previewAnySecret = "preview.any-secret"
    case previewNoNote = "preview.no-note"
}
