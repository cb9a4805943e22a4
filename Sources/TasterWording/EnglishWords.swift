/// Taster's words in English (British): the table every other language's table is checked
/// against. A sentence is changed here, and only here.
enum EnglishWords {
    /// Every key's text; `{name}` marks a value filled in when the text is looked up.
    static let table: [WordKey: String] = [
        .storeCarryOn: "You can still do the lesson now, but your progress will not be saved this time.",
        .storeNothingChanged: "Nothing was changed.",
        .storeFolderCannotBeCreatedLearner: "Taster could not make its progress folder {folder} ({reason}). {carryOn} A volunteer can choose a folder this account can write to with --data-dir or the TASTER_DATA_DIR setting.",
        .storeFolderCannotBeCreatedVolunteer: "Taster could not make its progress folder {folder} ({reason}). {carryOn} Choose a folder this account can write to with --data-dir or the TASTER_DATA_DIR setting.",
        .storeFolderNotWritableLearner: "Taster is not allowed to save in the folder {folder}. {carryOn} A volunteer can give this account permission to write there, or choose another folder with --data-dir.",
        .storeFolderNotWritableVolunteer: "Taster is not allowed to save in the folder {folder}. {carryOn} Give this account permission to write there, or choose another folder with --data-dir.",
        .storeReadOnlyFileLearner: "The progress file {file} can be read but not changed. {carryOn} A volunteer can check the file's permissions, or choose another folder with --data-dir.",
        .storeReadOnlyFileVolunteer: "The progress file {file} can be read but not changed. {carryOn} Check the file's permissions, or choose another folder with --data-dir.",
        .storeDiskFullLearner: "The disk that holds taster's progress folder {folder} is full, so progress cannot be saved this time (what was saved before is safe), but you can carry on; a volunteer can free some space on that disk so that saving works again next time.",
        .storeDiskFullVolunteer: "The disk that holds taster's progress folder {folder} is full, so taster cannot save anything there (what was saved before is safe). Free some space on that disk and try again.",
        .storeCorruptFileLearner: "The progress file {file} is damaged or is not a taster progress file, so taster has left it alone. {carryOn} A volunteer can move the file somewhere safe (keep it for checking); taster will then start a fresh one.",
        .storeCorruptFileVolunteer: "The progress file {file} is damaged or is not a taster progress file, so taster has left it alone. {carryOn} Move the file somewhere safe (keep it for checking); taster will then start a fresh one.",
        .storeNewerVersion: "This progress file was made by a newer version of taster. Please update taster; your progress is safe and has not been changed. (File: {file})",
        .storeBusyLearner: "The progress file {file} was busy for too long, probably because another taster is saving. Please try again in a moment; if it keeps happening, a volunteer can close other taster windows.",
        .storeBusyVolunteer: "The progress file {file} was busy for too long, probably because another taster is saving. Please try again in a moment; if it keeps happening, close other taster windows.",
        .storeUnknownLearnerLearner: "No learner has the code {code}. Please check the code on the card, or start as a new learner.",
        .storeUnknownLearnerVolunteer: "No learner has the code {code}. Check the code on the learner's card; `taster learner show` takes the code as it is written there.",
        .storeUntrustedLearner: "Taster will not use {path} for progress: {reason}. {carryOn} A volunteer can choose a folder only this account can change with --data-dir, or set up a group folder as the deployment guide describes.",
        .storeUntrustedVolunteer: "Taster will not use {path} for progress: {reason}. {carryOn} Choose a folder only this account can change with --data-dir, or set up a group folder as the deployment guide describes.",
        .storeUnexpectedLearner: "Taster could not use the progress file{place} ({detail}). {carryOn} A volunteer can report this message.",
        .storeUnexpectedVolunteer: "Taster could not use the progress file{place} ({detail}). {carryOn} Please report this message.",
        .storeServerUnreachableLearner: "Taster cannot reach the library service's progress server just now. {carryOn} A volunteer can check this computer's network connection. (Server: {address})",
        .storeServerUnreachableVolunteer: "Taster cannot reach the library service's progress server {address} ({detail}). {carryOn} Check this computer's network connection and that the server is running, then try again.",
        .storeServerRefusedLogInLearner: "The library service's progress server did not accept this computer's log-in. {carryOn} A volunteer can ask the library's IT team to check it. (Server: {address})",
        .storeServerRefusedLogInVolunteer: "The library service's progress server {address} did not accept this computer's user name or password. {carryOn} Check the password in ~/.pgpass (or the file PGPASSFILE names), or ask the library's IT team.",
        .storeServerTooOld: "The library service's progress server {address} runs PostgreSQL {version}, and taster needs {needed} or newer. Nothing was changed. The library's IT team can update the server.",
        .storeServerNewerSchema: "The library service's progress database {address} was set up by a newer version of taster. Please update taster on this computer; progress on the server is safe and has not been changed.",
        .storeServerFailedLearner: "The library service's progress server could not save this ({detail}). {carryOn} A volunteer can report this message. (Server: {address})",
        .storeServerFailedVolunteer: "The library service's progress server {address} could not do this ({detail}). {carryOn} Please report this message.",

        .storePasswordOnCommandLine: "Taster does not take a password on the command line, where anyone on this computer can see it in the list of running programs, so nothing was opened. Put the password in ~/.pgpass (or the file PGPASSFILE names) and give the address without it: {address}",
        .storePasswordInAddress: "The store address in {source} holds a password, so taster has not used it. Put the password in ~/.pgpass (or the file PGPASSFILE names) and write the address without it: {address}",
        .storeAddressNotUnderstood: "Taster could not read the store address in {source}: {detail}. Write it as postgresql://host/database, as service=NAME, or give a folder.",
        .storeServiceNeedsBranch: "The store in {source} is a library service's PostgreSQL server ({address}), and a terminal on a library service must say which branch it is in. Nothing was opened or changed. Add a line such as `branch: Halifax Central` to the settings file.",

        .sessionAlreadyOpen: "The session \"{name}\" is still open (started {time} UTC). Only one session can be open at a time: end it first with `taster session end`, then start the new one.",
        .sessionNoneOpen: "No session is open, so there is nothing to end. Start one with `taster session start \"Tuesday taster\"`.",
        .sessionPinNotOpen: "TASTER_SESSION names the session \"{name}\", which is not open now: this terminal's activity is counted in it only while it is open (start it with `taster session start \"{name}\"`).",
        .sessionEmptyName: "Please give the session a name, for example `taster session start \"Tuesday taster\"`.",
        .sessionNameTooLong: "The session name \"{start}...\" is too long. Please use at most {limit} characters.",

        .codeExample: "A code is three words and a number, like maple-river-otter-42.",
        .codeEmpty: "No code was typed. {example}",
        .codeWrongShape: "\u{201C}{text}\u{201D} is not a learner code. {example}",
        .codeUnknownWord: "In \u{201C}{text}\u{201D}, the word \u{201C}{word}\u{201D} is not one of the code words. Please check its spelling on the code card. {example}",
        .codeBadNumber: "In \u{201C}{text}\u{201D}, the number \u{201C}{digits}\u{201D} should be two digits, from 00 to 99. {example}",

        .helpReasonHandRaised: "asked for help",
        .helpReasonWrongAttempts: "wrong answers",
        .helpReasonIdle: "idle 5 minutes",

        .eventCorrect: "Correct! {feedback}",
        .eventCorrectDefaultFeedback: "Well done.",
        .eventExactSpelling: "(The exact spelling is: {spelling})",
        .eventHintNudge: "Type hint for a clue, or skip to move on.",
        .eventHintWord: "hint",
        .eventHint: "Hint {number} of {total}: {text}",
        .eventSolutionThen: "Type it in to carry on, or type skip.",
        .eventProgress: "You are on step {current} of {total}.",
        .eventSkipped: "Skipped: that is fine. Type back if you would like to try that step again.",
        .eventSkippedSolution: "In case you would like to know: {solution}",
        .eventLessonCompleted: "Well done: you have finished this lesson!",
        .eventWhatYouLearned: "What you learned: {summary}",
        .eventHelpIntro: "You can type these words at any time:",
        .eventHelpCommand: "  {word} - {purpose}",
        .eventHelpAnswerWins: "If a step's answer is one of these words, typing it answers the step instead.",
        .commandPurposeHelp: "show this list",
        .commandPurposeHint: "get a clue (ask again for the next one, then the answer)",
        .commandPurposeVolunteer: "ask a volunteer to come and help you (you can also type help me)",
        .commandPurposeBack: "go back one step",
        .commandPurposeSkip: "move on without answering (that is fine)",
        .commandPurposeRepeat: "show this step again",
        .commandPurposeMenu: "go back to the list of lessons (your place is kept)",
        .commandPurposeProgress: "see how far you are",
        .commandPurposeQuit: "leave for now (your place is kept)",
        .noticeNoHintsHere: "There is no question on this step, so no hint is needed. Press Enter to carry on.",
        .noticeAllHintsShown: "You have seen all the hints and the answer. Type the answer in, or type skip to move on.",
        .noticeAtFirstStep: "This is the first step, so there is nothing to go back to.",
        .noticeEmptyAnswer: "Type your answer, then press Enter. Type hint if you would like a clue.",
        .noticeHandRaised: "A volunteer has been asked to come and help you. Carry on if you like while you wait.",
        .noticeHandRaisedNoSession: "No volunteer is watching taster's screen just now, so please raise your hand: a volunteer in the room will come to you. Carry on if you like while you wait.",
        .noticeHandRaisedUnreachable: "Taster cannot reach the volunteers' screen from this computer, so please raise your hand: a volunteer in the room will come to you. Carry on if you like while you wait.",

        .promptSay: "(Press Enter to carry on.)",
        .promptChoiceOne: "Type the number of your answer, for example {example}.",
        .promptChoiceSeveral: "Type the numbers of all the right answers, for example {example}.",
        .promptAnswer: "Type your answer and press Enter.",
        .promptNumberPounds: "Type the amount, for example {example} or £{example}.",
        .promptNumberPercent: "Type the number, for example {example} or {example}%.",
        .promptNumberPlain: "Type the number, for example {example}.",
        .promptTypeExactly: "Type exactly this:",
        .promptSecret: "What you type will not show on the screen, and it is not saved anywhere.",
        .promptOrder: "Type the numbers in the right order, for example {example}.",
        .promptOption: "  {number}) {text}",

        .mismatchCaretHeading: "Not quite the same. Look where the arrow points:",
        .mismatchCaretShouldBe: "Should be: ",
        .mismatchYouTyped: "You typed: ",
        .mismatchTypedLong: "(That is the start of what you typed: {count} characters in all.)",
        .mismatchWordsHeading: "Not quite the same.",
        .mismatchWordsShouldBe: "It should be: ",
        .mismatchStopsBefore: "Your answer stops before {place}: it should go on with {missing}.",
        .mismatchGoesOn: "Your answer goes on after the end, from {place}: you typed {typed}, and there should be nothing more.",
        .mismatchAt: "At {place}: you typed {typed}, it should be {expected}.",
        .mismatchPlace: "the {ordinal} letter",
        .mismatchMore: "more",
        .characterSpace: "a space",
        .characterFullStop: "a full stop",
        .characterComma: "a comma",
        .characterQuoted: "'{character}'",

        .previewForVolunteer: "For the volunteer:",
        .previewNote: "  Note: {note}",
        .previewAnswer: "  Answer: {answer}",
        .previewAnswerTyped: " (typed: {typed})",
        .previewAnySecret: "any passphrase the learner makes up",
        .previewNoNote: "  (no note for this step)",
    ]

    /// 1st, 2nd, 3rd, 4th, ... 11th, 12th, 13th, 21st.
    static func ordinal(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }
}
