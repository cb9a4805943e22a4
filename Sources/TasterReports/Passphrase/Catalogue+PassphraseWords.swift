import TasterWording

extension Catalogue {
    /// What went wrong with the volunteer passphrase file and what to do, in plain words.
    public func words(for error: PassphraseFileError) -> String {
        switch error {
        case .notSet: text(.passphraseFileNotSet)
        case .unreadable(let path): text(.passphraseFileUnreadable, ["path": path])
        case .damaged(let path): text(.passphraseFileDamaged, ["path": path])
        case .cannotWrite(let path, let reason): text(.passphraseFileCannotWrite, ["path": path, "reason": reason])
        case .cannotEncode(let path): text(.passphraseFileCannotWrite, ["path": path, "reason": text(.passphraseFileNotEncoded)])
        }
    }

    /// Why a new passphrase will not do, and what would.
    public func words(for problem: PassphraseProblem) -> String {
        switch problem {
        case .tooShort(let minimum): text(.passphraseTooShort, ["minimum": "\(minimum)"])
        case .oneCharacterRepeated: text(.passphraseRepeated)
        case .common: text(.passphraseCommon)
        case .tooEasyToGuess(let words, let length): text(.passphraseTooEasy, ["words": "\(words)", "length": "\(length)"])
        }
    }
}
