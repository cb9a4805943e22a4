/// A command with a `--language` option: everything it says and makes is in that language.
protocol LanguageChoosingCommand {
    /// What `--language` says, or nil when it is not given.
    var languageOption: String? { get }
}

extension StartCommand: LanguageChoosingCommand {
    var languageOption: String? { shell.language }
}

extension KioskCommand: LanguageChoosingCommand {
    var languageOption: String? { shell.language }
}

extension PreviewCommand: LanguageChoosingCommand {
    var languageOption: String? { shell.language }
}

extension GuideCommand: LanguageChoosingCommand {
    var languageOption: String? { language.language }
}

extension CertificateCommand: LanguageChoosingCommand {
    var languageOption: String? { language.language }
}

extension ReportCommand: LanguageChoosingCommand {
    var languageOption: String? { language.language }
}

extension LintCommand: LanguageChoosingCommand {
    var languageOption: String? { language.language }
}

extension TestCommand: LanguageChoosingCommand {
    var languageOption: String? { language.language }
}

extension LessonsCommand: LanguageChoosingCommand {
    var languageOption: String? { language.language }
}
