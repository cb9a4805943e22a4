import ArgumentParser
import Foundation
import TasterServiceStore
import TasterStore
import TasterWording

/// `taster store copy FROM TO`: copies everything from one store into another (a pilot's data
/// folder into a library service's server, a branch back out into a file, or one file into
/// another), merging by natural keys so that running it again changes nothing, and shows the
/// counts on both sides.
///
/// The source is only read: an embedded file is opened read-only, and a server copied from is
/// only read (one holding no store, or an older taster's, is refused rather than set up or
/// brought up to date). The
/// copy into the destination is one transaction (see ``StoreCopying``); the volunteer passphrase
/// record follows it and is never put over a different one already there.
///
/// The destination's counts are of what the copy carried, found there by the same keys: the
/// copied learners' lessons and steps at the branch, the branch's sessions that started when the
/// copied ones did, and so on. So a learner who was already there with more lessons, or a branch
/// with sessions of its own, still gives matching counts, and a count lower than the source's
/// means something did not arrive.
struct StoreCopyCommand: TasterSubcommand {
    static let audience = Audience.volunteer
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy every learner, their progress, sessions and events from one store into another, and check the counts.",
        discussion: """
            FROM and TO are each a data folder, or a library service's PostgreSQL address \
            (postgresql://host/dbname or service=NAME; never with a password, which libpq reads \
            from .pgpass). Learners already in TO are merged by their code, never duplicated, and \
            newer progress is never replaced by older; running the same copy again changes nothing. \
            Copying into a server puts the sessions and events in one branch (--branch, else the \
            settings file's branch:); copying out of one copies that branch's sessions and events \
            and the whole progress of the learners who did something there. The live view and \
            anything waiting to be sent to a server are not copied. It asks for the volunteer \
            passphrase of the store copied from. The exit status is 1 when the counts do not match.
            """)

    @Argument(help: ArgumentHelp("The store to copy from: a data folder, or a PostgreSQL address.", valueName: "from"))
    var from: String

    @Argument(help: ArgumentHelp("The store to copy into: a data folder (made if needed), or a PostgreSQL address.", valueName: "to"))
    var to: String

    @Option(name: .long, help: ArgumentHelp("The library service's branch the sessions and events belong to (else the settings file's branch:).", valueName: "name"))
    var branch: String?

    /// One side of the copy, as written on the command line.
    enum Side {
        case embedded(DataLocation)
        case service(text: String, shown: String)
    }

    /// A refusal, said in one sentence before anything is opened or written.
    struct Refusal: Error {
        let sentence: String
    }

    func run(in environment: TasterEnvironment) throws {
        let words = environment.catalogue
        do {
            try copy(in: environment)
        } catch let refusal as Refusal {
            environment.output.writeError(refusal.sentence)
            throw ExitCode.failure
        } catch let error as StoreError {
            environment.output.writeError(words.words(for: error, duringALesson: false))
            throw ExitCode.failure
        }
    }

    private func copy(in environment: TasterEnvironment) throws {
        let words = environment.catalogue
        let source = try side(from, in: environment)
        let destination = try side(to, in: environment)
        let branchName = try chosenBranch(needed: source.isService || destination.isService, in: environment)
        if source.sameStore(as: destination) {
            throw Refusal(sentence: words.text(.storeCopySame, ["address": source.shown]))
        }
        let reading = try open(source, branch: branchName, forReading: true, in: environment)
        // Everything about every learner leaves the source: as for an export, only a volunteer
        // may, with the source's passphrase (asked once the source is known to be there).
        try VolunteerGate.require(environment, credentials: source.credentials(branch: branchName), unlockFolder: source.unlockFolder(in: environment)) {
            source.passphraseNotSet(branch: branchName, words: words)
        }
        let writing = try open(destination, branch: branchName, forReading: false, in: environment)
        let contents = try reading.copyContents(learners: nil)
        do {
            try writing.absorb(contents)
        } catch {
            switch error {
            case .store(let problem): throw problem
            case .bothHaveOpenSessions(let copied, let there):
                throw Refusal(sentence: words.text(.storeCopyOpenSessions, ["copied": copied, "there": there, "destination": destination.place(branchName, words: words)]))
            }
        }
        let found = contents.counts(foundIn: try writing.copyContents(learners: contents.learnerCodes))
        var lines = [words.text(.storeCopyDone, ["source": source.place(branchName, words: words), "destination": destination.place(branchName, words: words)])]
        lines += Self.table(source: contents.counts, destination: found, words: words)
        let (passphrase, passphraseCopied) = copyPassphrase(from: source, to: destination, branch: branchName, words: words)
        lines.append(passphrase)
        lines.append(words.text(.storeCopyNotCopied))
        let differing = StoreCopyCounts.Kind.allCases.filter { contents.counts[$0] != found[$0] }
        if differing.isEmpty {
            lines.append(words.text(.storeCopyMatch))
        } else {
            lines.append(words.text(.storeCopyMismatch, ["kinds": differing.map { Self.name(of: $0, words: words) }.joined(separator: ", ")]))
        }
        environment.output.write(lines.joined(separator: "\n"))
        if !differing.isEmpty || !passphraseCopied { throw ExitCode.failure }
    }

    /// The store `text` names, or why it cannot be used.
    private func side(_ text: String, in environment: TasterEnvironment) throws -> Side {
        guard TasterEnvironment.isServiceAddress(text) else {
            let folder = URL(fileURLWithPath: text, relativeTo: URL(fileURLWithPath: environment.currentDirectory)).standardizedFileURL
            return .embedded(DataLocation(folder: folder))
        }
        // A password on the command line would show in the process list: refused, never used.
        let written = ServiceAddressText(text)
        if written.holdsPassword { throw Refusal(sentence: FailureWording.words(for: .passwordOnCommandLine(address: written.redacted), in: environment.catalogue)) }
        if let problem = written.problem {
            throw Refusal(sentence: FailureWording.words(for: .notUnderstood(problem: problem, source: text), in: environment.catalogue))
        }
        guard let shown = written.redacted else {
            throw Refusal(sentence: FailureWording.words(for: .notUnderstood(problem: .unreadableURI, source: text), in: environment.catalogue))
        }
        return .service(text: text, shown: shown)
    }

    /// `--branch`, else the settings file's; nil when no side is a server.
    private func chosenBranch(needed: Bool, in environment: TasterEnvironment) throws -> String {
        guard needed else { return "" }
        if let branch, !branch.trimmingCharacters(in: .whitespaces).isEmpty { return branch.trimmingCharacters(in: .whitespaces) }
        if let settled = SiteSettings.load(in: environment).value(.branch) { return settled }
        throw Refusal(sentence: environment.catalogue.text(.storeCopyNeedsBranch))
    }

    /// Opens one side: the source to read only, the destination to write.
    private func open(_ side: Side, branch: String, forReading: Bool, in environment: TasterEnvironment) throws -> any StoreCopying {
        let words = environment.catalogue
        switch side {
        case .embedded(let location):
            if forReading {
                guard FileManager.default.fileExists(atPath: location.databaseFile.path) else {
                    throw Refusal(sentence: words.text(.storeCopyNoSource, ["folder": location.folder.path]))
                }
                let database = try ProgressDatabase.openForReading(location, now: environment.clock.now)
                guard try database.hasCurrentSchema() else {
                    throw Refusal(sentence: words.text(.storeCopySourceOlder, ["file": location.databaseFile.path, "folder": location.folder.path]))
                }
                return database
            }
            return try ProgressDatabase.open(location, recordTypedAnswers: true, now: environment.clock.now)
        case .service(let text, let shown):
            let address: PostgresAddress
            do {
                address = try PostgresAddress(text)
            } catch {
                throw StoreError.serverFailed(address: shown, detail: "\(error)")
            }
            if forReading { try refuseUnlessCurrent(address, words: words) }
            return try ServiceProgressStore.open(address, branch: branch, recordTypedAnswers: true, now: environment.clock.now)
        }
    }

    /// Refuses a server to copy from that holds no taster store, or one an older taster set up,
    /// so that opening it (which would bring its schema up to date) changes nothing there. A
    /// newer one is refused by the opening itself.
    private func refuseUnlessCurrent(_ address: PostgresAddress, words: Catalogue) throws {
        let applied: [String]
        do throws(PostgresError) {
            applied = try ServiceSchema.applied(on: try PostgresConnection(address: address))
        } catch {
            if case .statementFailed("42P01", _) = error {
                throw Refusal(sentence: words.text(.storeCopyNoServiceStore, ["address": address.description]))
            }
            throw ServiceProgressStore.storeError(error, address: address)
        }
        if !Set(applied).isSuperset(of: ServiceSchema.migrations.map(\.name)) {
            throw Refusal(sentence: words.text(.storeCopyServiceSourceOlder, ["address": address.description]))
        }
    }

    /// Copies the volunteer passphrase record when the destination has none; the sentence to
    /// show, and false when it should have been copied and could not be.
    private func copyPassphrase(from source: Side, to destination: Side, branch: String, words: Catalogue) -> (String, Bool) {
        let from = source.credentials(branch: branch)
        let into = destination.credentials(branch: branch)
        do throws(CredentialStoreError) {
            guard let record = try from.readPassphraseRecord() else { return (words.text(.storeCopyPassphraseNone), true) }
            if let there = try into.readPassphraseRecord() {
                return (words.text(there == record ? .storeCopyPassphraseSame : .storeCopyPassphraseKept, ["place": into.recordPlace]), true)
            }
            try into.writePassphraseRecord(record)
            return (words.text(.storeCopyPassphraseCopied, ["place": into.recordPlace]), true)
        } catch {
            switch error {
            case .unreadable(let place): return (words.text(.storeCopyPassphraseUnreadable, ["place": place]), false)
            case .cannotWrite(let place, let reason): return (words.text(.storeCopyPassphraseCannotWrite, ["place": place, "reason": reason]), false)
            }
        }
    }

    /// The counts as a table of three columns, the numbers right-aligned.
    static func table(source: StoreCopyCounts, destination: StoreCopyCounts, words: Catalogue) -> [String] {
        let rows = [[words.text(.storeCopyColumnWhat), words.text(.storeCopyColumnFrom), words.text(.storeCopyColumnTo)]]
            + StoreCopyCounts.Kind.allCases.map { [name(of: $0, words: words), "\(source[$0])", "\(destination[$0])"] }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            let name = row[0] + String(repeating: " ", count: widths[0] - row[0].count)
            let numbers = (1..<3).map { String(repeating: " ", count: widths[$0] - row[$0].count) + row[$0] }
            return "  " + ([name] + numbers).joined(separator: "  ")
        }
    }

    /// A kind's name in the table.
    static func name(of kind: StoreCopyCounts.Kind, words: Catalogue) -> String {
        switch kind {
        case .learners: words.text(.storeCopyKindLearners)
        case .lessonProgress: words.text(.storeCopyKindLessonProgress)
        case .stepEvents: words.text(.storeCopyKindStepEvents)
        case .lessonEvents: words.text(.storeCopyKindLessonEvents)
        case .sessions: words.text(.storeCopyKindSessions)
        case .confidenceAnswers: words.text(.storeCopyKindConfidence)
        }
    }
}

extension StoreCopyCommand.Side {
    /// Whether this is a library service's server.
    var isService: Bool {
        if case .service = self { return true }
        return false
    }

    /// The store as it may be shown: the folder, or the address without any password.
    var shown: String {
        switch self {
        case .embedded(let location): location.folder.path
        case .service(_, let shown): shown
        }
    }

    /// The store and, for a server, the branch, for messages.
    func place(_ branch: String, words: Catalogue) -> String {
        switch self {
        case .embedded(let location): location.folder.path
        case .service(_, let shown): words.text(.storeCopyPlaceOnBranch, ["address": shown, "branch": branch])
        }
    }

    /// The refusal when this side keeps no volunteer passphrase: the command that sets one.
    func passphraseNotSet(branch: String, words: Catalogue) -> String {
        switch self {
        case .embedded(let location): words.text(.gateNotSet, ["dataOption": " --data-dir \"\(location.folder.path)\""])
        case .service: words.text(.gateNotSetForBranch, ["branch": branch])
        }
    }

    /// Where a passphrase typed for this side is remembered for a while: a data folder's own,
    /// or this computer's for a server.
    func unlockFolder(in environment: TasterEnvironment) -> URL {
        switch self {
        case .embedded(let location): location.folder
        case .service:
            DataLocation.resolve(dataDirOption: nil, environment: environment.variables, currentDirectory: URL(fileURLWithPath: environment.currentDirectory)).folder
        }
    }

    /// Whether `other` names the same store (with one branch for both sides, the same server is
    /// the same store).
    func sameStore(as other: Self) -> Bool {
        switch (self, other) {
        case (.embedded(let one), .embedded(let two)): one.folder.resolvingSymlinksInPath().path == two.folder.resolvingSymlinksInPath().path
        case (.service(let one, _), .service(let two, _)): one == two
        default: false
        }
    }

    /// Where this side keeps the volunteer passphrase record.
    func credentials(branch: String) -> any VolunteerCredentials {
        switch self {
        case .embedded(let location): PassphraseRecordFile(folder: location.folder)
        case .service(let text, let shown):
            StoreOpener.credentials(at: .service(ServiceStoreAddress(text: text, shown: shown, branch: branch, backend: ServiceBackend())))
        }
    }
}
