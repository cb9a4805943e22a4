import Foundation

/// The store this run uses and where that choice came from: `--store`, else `TASTER_STORE`,
/// else the settings file's `store:`, else the progress file in the data folder.
struct StoreChoice: Sendable, Equatable {
    /// The data folder named as the store, or nil for the usual data folder (or a service).
    let folder: String?
    /// Where the choice was made, for `taster settings`: `--store`, `TASTER_STORE`, `path:line`,
    /// or nil for the usual place.
    let source: String?
    /// A library service's PostgreSQL server, when the store named is one.
    var service: ServiceChoice? = nil
}

/// A library service's server as chosen: the address as written (never with a password), the
/// address to show, and this terminal's branch from the settings file.
struct ServiceChoice: Sendable, Equatable {
    /// The address as written, for libpq.
    let text: String
    /// The address with any password taken out, for messages.
    let shown: String
    /// This terminal's branch.
    let branch: String
    /// Where the branch was set: `path:line`.
    let branchSource: String
}

/// Why the store named cannot be used, with the address always shown without any password.
enum StoreChoiceError: Error, Equatable, Sendable {
    /// A password was written in `--store`, where the process list shows it to anyone.
    /// (Each address is shown with its password hidden; nil when it could not be read at all.)
    case passwordOnCommandLine(address: String?)
    /// A password was written in the address; it belongs in `.pgpass`.
    case passwordInAddress(address: String?, source: String)
    /// libpq could not read the address.
    case notUnderstood(problem: ServiceAddressText.Problem, source: String)
    /// A library service's PostgreSQL store, named where no branch is set for this terminal.
    case serviceNeedsBranch(address: String?, source: String)
}

extension TasterEnvironment {
    /// The store chosen for `data`, or why it cannot be used.
    func storeChoice(_ data: DataOptions) throws(StoreChoiceError) -> StoreChoice {
        let settings = SiteSettings.load(in: self)
        let given: (text: String, source: String)?
        if let option = data.store, !option.isEmpty {
            given = (option, "--store")
        } else if let variable = variables["TASTER_STORE"], !variable.isEmpty {
            given = (variable, "TASTER_STORE")
        } else if let text = settings.value(.store), let place = settings.place(.store) {
            given = (text, place)
        } else {
            given = nil
        }
        guard let given else { return StoreChoice(folder: nil, source: nil) }
        guard Self.isServiceAddress(given.text) else { return StoreChoice(folder: given.text, source: given.source) }
        let address = ServiceAddressText(given.text)
        if address.holdsPassword {
            if given.source == "--store" { throw .passwordOnCommandLine(address: address.redacted) }
            throw .passwordInAddress(address: address.redacted, source: given.source)
        }
        if let problem = address.problem { throw .notUnderstood(problem: problem, source: given.source) }
        // Shown only without its password; an address that cannot be shown so is not opened.
        guard let shown = address.redacted else { throw .notUnderstood(problem: .unreadableURI, source: given.source) }
        guard let branch = settings.value(.branch), let branchSource = settings.place(.branch) else {
            throw .serviceNeedsBranch(address: shown, source: given.source)
        }
        return StoreChoice(
            folder: nil, source: given.source,
            service: ServiceChoice(text: given.text, shown: shown, branch: branch, branchSource: branchSource))
    }

    /// Whether `text` names a PostgreSQL server (a `postgresql://` URI or libpq's `key=value`
    /// form, `service=` among them) rather than a folder: the keyword form begins with a keyword
    /// and `=` (`host=/run/postgresql dbname=taster`, `user=taster host=...`), which a folder's
    /// path does not.
    static func isServiceAddress(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://") { return true }
        let trimmed = lowered.drop { $0 == " " }
        guard let equals = trimmed.firstIndex(of: "=") else { return false }
        let keyword = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
        return !keyword.isEmpty && keyword.allSatisfy { ("a"..."z").contains($0) || $0 == "_" }
    }
}
